"""Pure Python at the bottom of the layers: anchoring, strength, agreement, highlighting, charts,
article files, names and attribution suggestions. Nothing here imports Django models or the database."""
