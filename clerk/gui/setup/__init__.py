"""The parts of the set-up view: meeting details, people, agenda; and the questions they ask."""
