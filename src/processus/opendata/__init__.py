"""Open data: iCalendar and Atom feeds of the meetings, and the downloadable data package."""
