def render(manifest, index):
    return "stub\n"
