// placeholder: filled in by the checks that need it
