"""Workshop mode in the UI: access by token or code, links, QR code, formatted group figures."""
