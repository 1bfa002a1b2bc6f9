"""Reading article files into the store: decoding, metadata, cleaning, dedupe."""
