-- Dossier codes may be up to 64 characters (historical import, V14).
alter table citizen_rating alter column dossier_code type varchar(64);
