-- Role PORTAL (issue 10): the technical account of a public-service portal, one per unit, API only.
alter table app_user_role drop constraint app_user_role_role_check;
alter table app_user_role add constraint app_user_role_role_check
    check (role in ('ADMIN', 'RECEPTION_CLERK', 'SPECIALIST', 'LEADER', 'STATISTICS', 'PORTAL'));
