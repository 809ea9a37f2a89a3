-- Demo data for the embedded default. Never on the postgres profile. Every password is demo-password.
-- Rows reference each other by natural keys, so identity columns keep numbering on their own.

insert into partner (name, country, region, cloud, csp_member, created_at) values
    ('Fabrikam Cloud Partners', 'ES', 'EUROPE', 'PUBLIC', true, timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Northwind Advisors', 'IT', 'EUROPE', 'PUBLIC', false, timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Tailspin Government Solutions', 'US', 'NORTH_AMERICA', 'US_GOVERNMENT', true, timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Litware Brasil', 'BR', 'LATIN_AMERICA', 'PUBLIC', true, timestamp with time zone '2026-01-05 09:00:00+00');

insert into user_account (kind, email, password_hash, display_name, created_at) values
    ('PLATFORM_ADMIN', 'admin@portal.test', '{bcrypt}$2a$10$l55lOuwZJ.sWw8ndkrWxHe7qnQhZU9DQ6t1n4nibi37xJ8RJpdN6u', 'Paula Operator', timestamp with time zone '2026-01-05 09:00:00+00');

insert into user_account (kind, email, password_hash, display_name, partner_id, partner_role, created_at)
select 'PARTNER', u.email, '{bcrypt}$2a$10$l55lOuwZJ.sWw8ndkrWxHe7qnQhZU9DQ6t1n4nibi37xJ8RJpdN6u', u.display_name, p.id, u.role, timestamp with time zone '2026-01-05 09:00:00+00'
from partner p join (values
    ('Fabrikam Cloud Partners', 'ga@fabrikam.test', 'Ana García', 'GLOBAL_ADMIN'),
    ('Fabrikam Cloud Partners', 'agent@fabrikam.test', 'Bruno Ortega', 'ADMIN_AGENT'),
    ('Fabrikam Cloud Partners', 'sales@fabrikam.test', 'Carmen Ruiz', 'SALES_AGENT'),
    ('Fabrikam Cloud Partners', 'helpdesk@fabrikam.test', 'Diego Martín', 'HELPDESK_AGENT'),
    ('Northwind Advisors', 'ga@northwind.test', 'Giulia Bianchi', 'GLOBAL_ADMIN'),
    ('Tailspin Government Solutions', 'ga@tailspin.test', 'Morgan Lee', 'GLOBAL_ADMIN'),
    ('Litware Brasil', 'ga@litware.test', 'João Silva', 'GLOBAL_ADMIN')
) as u (partner_name, email, display_name, role) on u.partner_name = p.name;

insert into customer (company_name, domain, country, cloud, created_at) values
    ('Contoso Iberia', 'contoso.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Adatum Italia', 'adatum.test', 'IT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Keystone Clinics', 'keystone-clinics.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Umbra Logistics', 'umbra-logistics.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Atlas Robotics', 'atlas-robotics.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Lumen Travel', 'lumen-travel.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Dune Robotics', 'dune-robotics.test', 'PT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Blue Harbor Foods', 'blue-harbor-foods.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Nova Foods', 'nova-foods.test', 'PT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Cedar Robotics', 'cedar-robotics.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Blue Harbor Travel', 'blue-harbor-travel.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Harbor Travel', 'harbor-travel.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Summit Travel', 'summit-travel.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Blue Harbor Architects', 'blue-harbor-architects.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Riverside Clinics', 'riverside-clinics.test', 'FR', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Nova Clinics', 'nova-clinics.test', 'BE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Delta Travel', 'delta-travel.test', 'FR', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Summit Architects', 'summit-architects.test', 'IT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Delta Robotics', 'delta-robotics.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Summit Logistics', 'summit-logistics.test', 'IE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Granite Media', 'granite-media.test', 'BE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Nova Energy', 'nova-energy.test', 'NL', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Summit Media', 'summit-media.test', 'IT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Juniper Architects', 'juniper-architects.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Willow Architects', 'willow-architects.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Summit Textiles', 'summit-textiles.test', 'BE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Pinnacle Energy', 'pinnacle-energy.test', 'NL', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Juniper Travel', 'juniper-travel.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Yellowstone Energy', 'yellowstone-energy.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Dune Media', 'dune-media.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Yellowstone Robotics', 'yellowstone-robotics.test', 'IE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Zenith Energy', 'zenith-energy.test', 'IT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Willow Energy', 'willow-energy.test', 'IE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Pinnacle Travel', 'pinnacle-travel.test', 'NL', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Cedar Foods', 'cedar-foods.test', 'FR', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Pinnacle Foods', 'pinnacle-foods.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Xenon Textiles', 'xenon-textiles.test', 'IE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Vertex Media', 'vertex-media.test', 'FR', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Willow Legal', 'willow-legal.test', 'IT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Alpine Media', 'alpine-media.test', 'IT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Falcon Travel', 'falcon-travel.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Pinnacle Logistics', 'pinnacle-logistics.test', 'PT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Yellowstone Textiles', 'yellowstone-textiles.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Xenon Architects', 'xenon-architects.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Meridian Media', 'meridian-media.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Falcon Media', 'falcon-media.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Riverside Textiles', 'riverside-textiles.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Atlas Legal', 'atlas-legal.test', 'BE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Iberia Legal', 'iberia-legal.test', 'IT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Vertex Legal', 'vertex-legal.test', 'PT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Evergreen Foods', 'evergreen-foods.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Evergreen Architects', 'evergreen-architects.test', 'PT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Atlas Travel', 'atlas-travel.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Iberia Textiles', 'iberia-textiles.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Evergreen Legal', 'evergreen-legal.test', 'BE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Summit Energy', 'summit-energy.test', 'ES', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Willow Robotics', 'willow-robotics.test', 'IE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Olive Robotics', 'olive-robotics.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Meridian Legal', 'meridian-legal.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Delta Media', 'delta-media.test', 'DE', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Cedar Architects', 'cedar-architects.test', 'NL', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00'),
    ('Falcon Foods', 'falcon-foods.test', 'IT', 'PUBLIC', timestamp with time zone '2026-01-05 09:00:00+00');

update customer set agreement_version = '2026-11', agreement_accepted_at = timestamp with time zone '2026-01-05 09:00:00+00' where domain <> 'contoso.test';

insert into user_account (kind, email, password_hash, display_name, customer_id, customer_global_admin, created_at)
select 'CUSTOMER', u.email, '{bcrypt}$2a$10$l55lOuwZJ.sWw8ndkrWxHe7qnQhZU9DQ6t1n4nibi37xJ8RJpdN6u', u.display_name, c.id, u.global_admin, timestamp with time zone '2026-01-05 09:00:00+00'
from customer c join (values
    ('contoso.test', 'ga@contoso.test', 'Elena Navarro', true),
    ('contoso.test', 'user@contoso.test', 'Pablo Serrano', false),
    ('adatum.test', 'ga@adatum.test', 'Marco Rossi', true),
    ('keystone-clinics.test', 'admin@keystone-clinics.test', 'Jonas Keystone', true),
    ('umbra-logistics.test', 'admin@umbra-logistics.test', 'Lucía Umbra', true),
    ('atlas-robotics.test', 'admin@atlas-robotics.test', 'Mateo Atlas', true),
    ('lumen-travel.test', 'admin@lumen-travel.test', 'Lucía Lumen', true),
    ('dune-robotics.test', 'admin@dune-robotics.test', 'Jonas Dune', true),
    ('blue-harbor-foods.test', 'admin@blue-harbor-foods.test', 'Sofía Blue', true),
    ('nova-foods.test', 'admin@nova-foods.test', 'Clara Nova', true),
    ('cedar-robotics.test', 'admin@cedar-robotics.test', 'Mateo Cedar', true),
    ('blue-harbor-travel.test', 'admin@blue-harbor-travel.test', 'Luca Blue', true),
    ('harbor-travel.test', 'admin@harbor-travel.test', 'Jonas Harbor', true),
    ('summit-travel.test', 'admin@summit-travel.test', 'Lucía Summit', true),
    ('blue-harbor-architects.test', 'admin@blue-harbor-architects.test', 'Mateo Blue', true),
    ('riverside-clinics.test', 'admin@riverside-clinics.test', 'Hugo Riverside', true),
    ('nova-clinics.test', 'admin@nova-clinics.test', 'Jonas Nova', true),
    ('delta-travel.test', 'admin@delta-travel.test', 'Emma Delta', true),
    ('summit-architects.test', 'admin@summit-architects.test', 'Sofía Summit', true),
    ('delta-robotics.test', 'admin@delta-robotics.test', 'Inês Delta', true),
    ('summit-logistics.test', 'admin@summit-logistics.test', 'Luca Summit', true),
    ('granite-media.test', 'admin@granite-media.test', 'Jonas Granite', true),
    ('nova-energy.test', 'admin@nova-energy.test', 'Luca Nova', true),
    ('summit-media.test', 'admin@summit-media.test', 'Noah Summit', true),
    ('juniper-architects.test', 'admin@juniper-architects.test', 'Mateo Juniper', true),
    ('willow-architects.test', 'admin@willow-architects.test', 'Mateo Willow', true),
    ('summit-textiles.test', 'admin@summit-textiles.test', 'Noah Summit', true),
    ('pinnacle-energy.test', 'admin@pinnacle-energy.test', 'Noah Pinnacle', true),
    ('juniper-travel.test', 'admin@juniper-travel.test', 'Noah Juniper', true),
    ('yellowstone-energy.test', 'admin@yellowstone-energy.test', 'Noah Yellowstone', true),
    ('dune-media.test', 'admin@dune-media.test', 'Inês Dune', true),
    ('yellowstone-robotics.test', 'admin@yellowstone-robotics.test', 'Mateo Yellowstone', true),
    ('zenith-energy.test', 'admin@zenith-energy.test', 'Sofía Zenith', true),
    ('willow-energy.test', 'admin@willow-energy.test', 'Mateo Willow', true),
    ('pinnacle-travel.test', 'admin@pinnacle-travel.test', 'Luca Pinnacle', true),
    ('cedar-foods.test', 'admin@cedar-foods.test', 'Inês Cedar', true),
    ('pinnacle-foods.test', 'admin@pinnacle-foods.test', 'Noah Pinnacle', true),
    ('xenon-textiles.test', 'admin@xenon-textiles.test', 'Sofía Xenon', true),
    ('vertex-media.test', 'admin@vertex-media.test', 'Clara Vertex', true),
    ('willow-legal.test', 'admin@willow-legal.test', 'Lucía Willow', true),
    ('alpine-media.test', 'admin@alpine-media.test', 'Hugo Alpine', true),
    ('falcon-travel.test', 'admin@falcon-travel.test', 'Clara Falcon', true),
    ('pinnacle-logistics.test', 'admin@pinnacle-logistics.test', 'Luca Pinnacle', true),
    ('yellowstone-textiles.test', 'admin@yellowstone-textiles.test', 'Sofía Yellowstone', true),
    ('xenon-architects.test', 'admin@xenon-architects.test', 'Clara Xenon', true),
    ('meridian-media.test', 'admin@meridian-media.test', 'Lucía Meridian', true),
    ('falcon-media.test', 'admin@falcon-media.test', 'Clara Falcon', true),
    ('riverside-textiles.test', 'admin@riverside-textiles.test', 'Inês Riverside', true),
    ('atlas-legal.test', 'admin@atlas-legal.test', 'Mateo Atlas', true),
    ('iberia-legal.test', 'admin@iberia-legal.test', 'Inês Iberia', true),
    ('vertex-legal.test', 'admin@vertex-legal.test', 'Clara Vertex', true),
    ('evergreen-foods.test', 'admin@evergreen-foods.test', 'Luca Evergreen', true),
    ('evergreen-architects.test', 'admin@evergreen-architects.test', 'Sofía Evergreen', true),
    ('atlas-travel.test', 'admin@atlas-travel.test', 'Luca Atlas', true),
    ('iberia-textiles.test', 'admin@iberia-textiles.test', 'Hugo Iberia', true),
    ('evergreen-legal.test', 'admin@evergreen-legal.test', 'Clara Evergreen', true),
    ('summit-energy.test', 'admin@summit-energy.test', 'Clara Summit', true),
    ('willow-robotics.test', 'admin@willow-robotics.test', 'Clara Willow', true),
    ('olive-robotics.test', 'admin@olive-robotics.test', 'Luca Olive', true),
    ('meridian-legal.test', 'admin@meridian-legal.test', 'Hugo Meridian', true),
    ('delta-media.test', 'admin@delta-media.test', 'Jonas Delta', true),
    ('cedar-architects.test', 'admin@cedar-architects.test', 'Hugo Cedar', true),
    ('falcon-foods.test', 'admin@falcon-foods.test', 'Hugo Falcon', true)
) as u (domain, email, display_name, global_admin) on u.domain = c.domain;

update customer c set agreement_accepted_by = (select min(u.id) from user_account u where u.customer_id = c.id and u.customer_global_admin)
where c.agreement_version is not null;

insert into reseller_relationship (partner_id, customer_id, relationship_type, state, since)
select p.id, c.id, 'RESELLER', 'ACTIVE', timestamp with time zone '2025-06-01 08:00:00+00' + (interval '3' day * c.id)
from partner p, customer c where p.name = 'Fabrikam Cloud Partners' and c.domain <> 'contoso.test';

insert into relationship_history (relationship_id, action, occurred_at)
select r.id, 'ESTABLISHED', r.since from reseller_relationship r;

insert into delegated_admin_grant (relationship_id, service_id, customer_id, active, since, csp_holder_customer_id)
select r.id, s.id, r.customer_id, true, r.since, r.customer_id
from reseller_relationship r join customer c on c.id = r.customer_id join cloud_service s on s.code in ('AZURE_AD', 'OFFICE_365')
where c.domain in ('keystone-clinics.test', 'umbra-logistics.test', 'lumen-travel.test', 'dune-robotics.test', 'nova-foods.test', 'cedar-robotics.test', 'harbor-travel.test', 'summit-travel.test', 'riverside-clinics.test', 'nova-clinics.test', 'summit-architects.test', 'delta-robotics.test', 'granite-media.test', 'nova-energy.test', 'juniper-architects.test', 'willow-architects.test', 'pinnacle-energy.test', 'juniper-travel.test', 'dune-media.test', 'yellowstone-robotics.test', 'willow-energy.test', 'pinnacle-travel.test', 'pinnacle-foods.test', 'xenon-textiles.test', 'willow-legal.test', 'alpine-media.test', 'pinnacle-logistics.test', 'yellowstone-textiles.test', 'meridian-media.test', 'falcon-media.test', 'atlas-legal.test', 'iberia-legal.test', 'evergreen-foods.test', 'evergreen-architects.test', 'iberia-textiles.test', 'evergreen-legal.test', 'willow-robotics.test', 'olive-robotics.test', 'delta-media.test', 'cedar-architects.test', 'adatum.test');

insert into delegated_admin_grant (relationship_id, service_id, customer_id, active, since, csp_holder_customer_id)
select r.id, s.id, r.customer_id, true, r.since, r.customer_id
from reseller_relationship r join customer c on c.id = r.customer_id join cloud_service s on s.code in ('AZURE_AD')
where c.domain in ('atlas-robotics.test', 'blue-harbor-travel.test', 'delta-travel.test', 'summit-media.test', 'yellowstone-energy.test', 'cedar-foods.test', 'falcon-travel.test', 'riverside-textiles.test', 'atlas-travel.test', 'meridian-legal.test');

insert into relationship_history (relationship_id, service_id, action, occurred_at)
select g.relationship_id, g.service_id, 'DELEGATED_ADMIN_GRANTED', g.since from delegated_admin_grant g;

insert into subscription (customer_id, service_id, offer_name, seats, status, partner_of_record_id, support_contact_partner_id, created_at)
select c.id, s.id, o.offer_name, o.seats, o.status, case when o.from_fabrikam then p.id end, case when o.from_fabrikam then p.id end, timestamp with time zone '2026-01-05 09:00:00+00'
from customer c cross join partner p join (values
    ('adatum.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 45, 'ACTIVE', true),
    ('adatum.test', 'AZURE_AD', 'Azure AD Premium P1', 45, 'ACTIVE', true),
    ('adatum.test', 'DYNAMICS_365', 'Dynamics 365 Sales Professional', 12, 'SUSPENDED', true),
    ('adatum.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', false),
    ('keystone-clinics.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 194, 'ACTIVE', true),
    ('keystone-clinics.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('umbra-logistics.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 56, 'ACTIVE', true),
    ('atlas-robotics.test', 'OFFICE_365', 'Office 365 E3', 131, 'ACTIVE', true),
    ('lumen-travel.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 192, 'ACTIVE', true),
    ('dune-robotics.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 12, 'ACTIVE', true),
    ('dune-robotics.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('blue-harbor-foods.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 125, 'ACTIVE', true),
    ('nova-foods.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 54, 'ACTIVE', true),
    ('cedar-robotics.test', 'OFFICE_365', 'Office 365 E3', 159, 'ACTIVE', true),
    ('blue-harbor-travel.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 119, 'ACTIVE', true),
    ('blue-harbor-travel.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('harbor-travel.test', 'OFFICE_365', 'Office 365 E3', 94, 'ACTIVE', true),
    ('summit-travel.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 25, 'ACTIVE', true),
    ('blue-harbor-architects.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 31, 'ACTIVE', true),
    ('riverside-clinics.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 125, 'ACTIVE', true),
    ('riverside-clinics.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('nova-clinics.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 91, 'ACTIVE', true),
    ('delta-travel.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 128, 'ACTIVE', true),
    ('summit-architects.test', 'OFFICE_365', 'Office 365 E3', 235, 'ACTIVE', true),
    ('delta-robotics.test', 'OFFICE_365', 'Office 365 E3', 220, 'ACTIVE', true),
    ('delta-robotics.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('summit-logistics.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 127, 'ACTIVE', true),
    ('granite-media.test', 'OFFICE_365', 'Office 365 E3', 93, 'ACTIVE', true),
    ('nova-energy.test', 'OFFICE_365', 'Office 365 E3', 26, 'ACTIVE', true),
    ('summit-media.test', 'OFFICE_365', 'Office 365 E3', 35, 'ACTIVE', true),
    ('summit-media.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('juniper-architects.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 205, 'ACTIVE', true),
    ('willow-architects.test', 'OFFICE_365', 'Office 365 E3', 197, 'ACTIVE', true),
    ('summit-textiles.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 127, 'ACTIVE', true),
    ('pinnacle-energy.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 116, 'ACTIVE', true),
    ('pinnacle-energy.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('juniper-travel.test', 'OFFICE_365', 'Office 365 E3', 90, 'ACTIVE', true),
    ('yellowstone-energy.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 210, 'ACTIVE', true),
    ('dune-media.test', 'OFFICE_365', 'Office 365 E3', 106, 'ACTIVE', true),
    ('yellowstone-robotics.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 107, 'ACTIVE', true),
    ('yellowstone-robotics.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('zenith-energy.test', 'OFFICE_365', 'Office 365 E3', 247, 'ACTIVE', true),
    ('willow-energy.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 190, 'ACTIVE', true),
    ('pinnacle-travel.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 48, 'ACTIVE', true),
    ('cedar-foods.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 12, 'ACTIVE', true),
    ('cedar-foods.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('pinnacle-foods.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 156, 'ACTIVE', true),
    ('xenon-textiles.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 211, 'ACTIVE', true),
    ('vertex-media.test', 'OFFICE_365', 'Office 365 E3', 42, 'ACTIVE', true),
    ('willow-legal.test', 'OFFICE_365', 'Office 365 E3', 216, 'ACTIVE', true),
    ('willow-legal.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('alpine-media.test', 'OFFICE_365', 'Office 365 E3', 126, 'ACTIVE', true),
    ('falcon-travel.test', 'OFFICE_365', 'Office 365 E3', 244, 'ACTIVE', true),
    ('pinnacle-logistics.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 44, 'ACTIVE', true),
    ('yellowstone-textiles.test', 'OFFICE_365', 'Office 365 E3', 145, 'ACTIVE', true),
    ('yellowstone-textiles.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('xenon-architects.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 10, 'ACTIVE', true),
    ('meridian-media.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 209, 'ACTIVE', true),
    ('falcon-media.test', 'OFFICE_365', 'Office 365 E3', 171, 'ACTIVE', true),
    ('riverside-textiles.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 139, 'ACTIVE', true),
    ('riverside-textiles.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('atlas-legal.test', 'OFFICE_365', 'Office 365 E3', 244, 'ACTIVE', true),
    ('iberia-legal.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 116, 'ACTIVE', true),
    ('vertex-legal.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 216, 'ACTIVE', true),
    ('evergreen-foods.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 12, 'ACTIVE', true),
    ('evergreen-foods.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('evergreen-architects.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 59, 'ACTIVE', true),
    ('atlas-travel.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 133, 'ACTIVE', true),
    ('iberia-textiles.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 200, 'ACTIVE', true),
    ('evergreen-legal.test', 'OFFICE_365', 'Office 365 E3', 88, 'ACTIVE', true),
    ('evergreen-legal.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('summit-energy.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 144, 'ACTIVE', true),
    ('willow-robotics.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 218, 'ACTIVE', true),
    ('olive-robotics.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 20, 'ACTIVE', true),
    ('meridian-legal.test', 'OFFICE_365', 'Office 365 E3', 95, 'ACTIVE', true),
    ('meridian-legal.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', true),
    ('delta-media.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 174, 'ACTIVE', true),
    ('cedar-architects.test', 'OFFICE_365', 'Office 365 E3', 213, 'ACTIVE', true),
    ('falcon-foods.test', 'OFFICE_365', 'Office 365 E3', 112, 'ACTIVE', true)
) as o (domain, service_code, offer_name, seats, status, from_fabrikam) on o.domain = c.domain
join cloud_service s on s.code = o.service_code
where p.name = 'Fabrikam Cloud Partners';


-- Add-ons on Adatum's Microsoft 365 subscription from Fabrikam, ordered by Fabrikam's Admin agent.
insert into subscription_addon (subscription_id, name, quantity, ordered_at, ordered_by)
select s.id, a.name, a.quantity, timestamp with time zone '2026-02-02 10:00:00+00', u.id
from subscription s join customer c on c.id = s.customer_id join (values
    ('Microsoft 365 Business Standard', 'Microsoft Teams Phone Standard', 20),
    ('Microsoft 365 Business Standard', 'Exchange Online Archiving', 10)
) as a (offer_name, name, quantity) on a.offer_name = s.offer_name
join user_account u on u.email = 'agent@fabrikam.test'
where c.domain = 'adatum.test';
