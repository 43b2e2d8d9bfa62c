"""The ``factdesk`` command line: a front end over the services, like the window."""
