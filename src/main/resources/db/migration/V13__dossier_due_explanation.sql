-- "Why this date": the calendar's explanation of the appointment, kept as it was when the date was set.
alter table dossier add column due_explanation varchar(4000);
