"""The live clerking view: the clock, the agenda, attendance and the current item's record."""
