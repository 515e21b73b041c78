"""Workshop mode in the UI: access by token or code, links and QR code, group figures."""
