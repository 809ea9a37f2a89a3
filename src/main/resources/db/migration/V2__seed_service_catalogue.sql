-- The online services the portal knows. Delegated admin applies to the directory and the Office services.
insert into cloud_service (code, name, delegated_admin_applies, sort_order) values
    ('AZURE_AD', 'Azure Active Directory', true, 10),
    ('OFFICE_365', 'Office 365', true, 20),
    ('DYNAMICS_365', 'Dynamics 365', false, 30),
    ('AZURE', 'Azure', false, 40);
