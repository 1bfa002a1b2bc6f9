"""The Textual app: a thin face over the store and the engine (see ``app.make_app``)."""
