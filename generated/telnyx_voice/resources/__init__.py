"""The resource tree of the clients (one module per resource)."""
