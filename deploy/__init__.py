"""Running Go Smart's production topology on one machine (`make stack`)."""
