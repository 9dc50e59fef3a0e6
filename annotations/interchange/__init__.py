"""Claims in and out: the export records and formats, and the import of our exports and W3C annotations."""
