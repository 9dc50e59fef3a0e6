"""Pages: thin views, one module per area; forms collect input, services decide, selectors read."""
