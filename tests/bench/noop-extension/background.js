// Intentionally empty: gives the launcher a service worker to find, as Insyn's build has.
