"""The domain: models, services and rules. Imports neither PySide6 nor reportlab."""
