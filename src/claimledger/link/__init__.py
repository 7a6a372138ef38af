"""Linking: the same claim across documents and languages (``linker``), what each mention
says about it (``stance``), and who it really comes from (``provenance``)."""
