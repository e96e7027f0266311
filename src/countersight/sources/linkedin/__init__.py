"""LinkedIn's "Get a copy of your data" export: read safely, repair, rebuild conversations."""
