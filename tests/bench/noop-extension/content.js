// Intentionally empty: the cost of any content script on these hosts, nothing more.
