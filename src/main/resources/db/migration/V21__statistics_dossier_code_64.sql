-- Dossier codes may be up to 64 characters (the dossier module's historical import, V14).
alter table statistics_dossier alter column code type varchar(64);
alter table statistics_rating alter column dossier_code type varchar(64);
