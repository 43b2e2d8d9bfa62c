"""Dialogs of the window: new claim, settings, about."""
