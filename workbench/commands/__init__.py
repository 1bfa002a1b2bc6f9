"""Click commands, one module per area; loaded lazily by ``workbench.cli``."""
