-- Demo data for the embedded default. Never on the postgres profile. Every password is demo-password.
-- Rows reference each other by natural keys, so identity columns keep numbering on their own.
--
-- Every date is relative to the moment the data is loaded (current_timestamp), so that a fresh start
-- always shows about six months of history ending today. The one fixed date is the customer agreement's
-- in force date, 1 November 2026 (agreement.effectiveDate, version 2026-11 in portal.customer-agreement):
-- no customer accepts it before that day. A customer whose first partner came before it accepted the
-- agreement when it next accepted that partner's invitation (the only way the portal records an
-- acceptance), some days after it came into force.
--
-- Every customer's first Global admin signs in as admin@<the customer's domain> (Contoso and Adatum,
-- which the walk-through uses, as ga@...). Nobody in this file acts before their organisation exists,
-- and the activity log holds what the portal itself would have written, in the same formats.

insert into partner (name, country, region, cloud, csp_member, created_at) values
    ('Fabrikam Cloud Partners', 'ES', 'EUROPE', 'PUBLIC', true, current_timestamp - interval '200' day),
    ('Northwind Advisors', 'IT', 'EUROPE', 'PUBLIC', false, current_timestamp - interval '195' day),
    ('Tailspin Government Solutions', 'US', 'NORTH_AMERICA', 'US_GOVERNMENT', true, current_timestamp - interval '190' day),
    ('Litware Brasil', 'BR', 'LATIN_AMERICA', 'PUBLIC', true, current_timestamp - interval '185' day),
    ('Lamna Cloud GmbH', 'DE', 'EUROPE', 'GERMANY', true, current_timestamp - interval '150' day);

insert into user_account (kind, email, password_hash, display_name, created_at) values
    ('PLATFORM_ADMIN', 'admin@portal.test', '{bcrypt}$2a$10$l55lOuwZJ.sWw8ndkrWxHe7qnQhZU9DQ6t1n4nibi37xJ8RJpdN6u', 'Paula Operator', current_timestamp - interval '210' day);

-- Each partner's first Global admin came with the partner; the others were added later by that admin.
insert into user_account (kind, email, password_hash, display_name, partner_id, partner_role, created_at)
select 'PARTNER', u.email, '{bcrypt}$2a$10$l55lOuwZJ.sWw8ndkrWxHe7qnQhZU9DQ6t1n4nibi37xJ8RJpdN6u', u.display_name, p.id, u.role, p.created_at + interval '1' day * u.days_after_partner
from partner p join (values
    ('Fabrikam Cloud Partners', 'ga@fabrikam.test', 'Ana García', 'GLOBAL_ADMIN', 0),
    ('Fabrikam Cloud Partners', 'agent@fabrikam.test', 'Bruno Ortega', 'ADMIN_AGENT', 2),
    ('Fabrikam Cloud Partners', 'sales@fabrikam.test', 'Carmen Ruiz', 'SALES_AGENT', 9),
    ('Fabrikam Cloud Partners', 'helpdesk@fabrikam.test', 'Diego Martín', 'HELPDESK_AGENT', 30),
    ('Northwind Advisors', 'ga@northwind.test', 'Giulia Bianchi', 'GLOBAL_ADMIN', 0),
    ('Tailspin Government Solutions', 'ga@tailspin.test', 'Morgan Lee', 'GLOBAL_ADMIN', 0),
    ('Litware Brasil', 'ga@litware.test', 'João Silva', 'GLOBAL_ADMIN', 0),
    ('Lamna Cloud GmbH', 'ga@lamna.test', 'Katrin Vogel', 'GLOBAL_ADMIN', 0),
    ('Lamna Cloud GmbH', 'agent@lamna.test', 'Felix Hartmann', 'ADMIN_AGENT', 4)
) as u (partner_name, email, display_name, role, days_after_partner) on u.partner_name = p.name;

-- Fabrikam's customers. created_at is set below, from the order they joined in.
insert into customer (company_name, domain, country, cloud, created_at) values
    ('Contoso Iberia', 'contoso.test', 'ES', 'PUBLIC', current_timestamp),
    ('Adatum Italia', 'adatum.test', 'IT', 'PUBLIC', current_timestamp),
    ('Keystone Clinics', 'keystone-clinics.test', 'DE', 'PUBLIC', current_timestamp),
    ('Umbra Logistics', 'umbra-logistics.test', 'ES', 'PUBLIC', current_timestamp),
    ('Atlas Robotics', 'atlas-robotics.test', 'ES', 'PUBLIC', current_timestamp),
    ('Lumen Travel', 'lumen-travel.test', 'ES', 'PUBLIC', current_timestamp),
    ('Dune Robotics', 'dune-robotics.test', 'PT', 'PUBLIC', current_timestamp),
    ('Blue Harbor Foods', 'blue-harbor-foods.test', 'DE', 'PUBLIC', current_timestamp),
    ('Nova Foods', 'nova-foods.test', 'PT', 'PUBLIC', current_timestamp),
    ('Cedar Robotics', 'cedar-robotics.test', 'DE', 'PUBLIC', current_timestamp),
    ('Blue Harbor Travel', 'blue-harbor-travel.test', 'ES', 'PUBLIC', current_timestamp),
    ('Harbor Travel', 'harbor-travel.test', 'ES', 'PUBLIC', current_timestamp),
    ('Summit Travel', 'summit-travel.test', 'DE', 'PUBLIC', current_timestamp),
    ('Blue Harbor Architects', 'blue-harbor-architects.test', 'ES', 'PUBLIC', current_timestamp),
    ('Riverside Clinics', 'riverside-clinics.test', 'FR', 'PUBLIC', current_timestamp),
    ('Nova Clinics', 'nova-clinics.test', 'BE', 'PUBLIC', current_timestamp),
    ('Delta Travel', 'delta-travel.test', 'FR', 'PUBLIC', current_timestamp),
    ('Summit Architects', 'summit-architects.test', 'IT', 'PUBLIC', current_timestamp),
    ('Delta Robotics', 'delta-robotics.test', 'ES', 'PUBLIC', current_timestamp),
    ('Summit Logistics', 'summit-logistics.test', 'IE', 'PUBLIC', current_timestamp),
    ('Granite Media', 'granite-media.test', 'BE', 'PUBLIC', current_timestamp),
    ('Nova Energy', 'nova-energy.test', 'NL', 'PUBLIC', current_timestamp),
    ('Summit Media', 'summit-media.test', 'IT', 'PUBLIC', current_timestamp),
    ('Juniper Architects', 'juniper-architects.test', 'ES', 'PUBLIC', current_timestamp),
    ('Willow Architects', 'willow-architects.test', 'ES', 'PUBLIC', current_timestamp),
    ('Summit Textiles', 'summit-textiles.test', 'BE', 'PUBLIC', current_timestamp),
    ('Pinnacle Energy', 'pinnacle-energy.test', 'NL', 'PUBLIC', current_timestamp),
    ('Juniper Travel', 'juniper-travel.test', 'ES', 'PUBLIC', current_timestamp),
    ('Yellowstone Energy', 'yellowstone-energy.test', 'ES', 'PUBLIC', current_timestamp),
    ('Dune Media', 'dune-media.test', 'DE', 'PUBLIC', current_timestamp),
    ('Yellowstone Robotics', 'yellowstone-robotics.test', 'IE', 'PUBLIC', current_timestamp),
    ('Zenith Energy', 'zenith-energy.test', 'IT', 'PUBLIC', current_timestamp),
    ('Willow Energy', 'willow-energy.test', 'IE', 'PUBLIC', current_timestamp),
    ('Pinnacle Travel', 'pinnacle-travel.test', 'NL', 'PUBLIC', current_timestamp),
    ('Cedar Foods', 'cedar-foods.test', 'FR', 'PUBLIC', current_timestamp),
    ('Pinnacle Foods', 'pinnacle-foods.test', 'ES', 'PUBLIC', current_timestamp),
    ('Xenon Textiles', 'xenon-textiles.test', 'IE', 'PUBLIC', current_timestamp),
    ('Vertex Media', 'vertex-media.test', 'FR', 'PUBLIC', current_timestamp),
    ('Willow Legal', 'willow-legal.test', 'IT', 'PUBLIC', current_timestamp),
    ('Alpine Media', 'alpine-media.test', 'IT', 'PUBLIC', current_timestamp),
    ('Falcon Travel', 'falcon-travel.test', 'ES', 'PUBLIC', current_timestamp),
    ('Pinnacle Logistics', 'pinnacle-logistics.test', 'PT', 'PUBLIC', current_timestamp),
    ('Yellowstone Textiles', 'yellowstone-textiles.test', 'ES', 'PUBLIC', current_timestamp),
    ('Xenon Architects', 'xenon-architects.test', 'DE', 'PUBLIC', current_timestamp),
    ('Meridian Media', 'meridian-media.test', 'ES', 'PUBLIC', current_timestamp),
    ('Falcon Media', 'falcon-media.test', 'DE', 'PUBLIC', current_timestamp),
    ('Riverside Textiles', 'riverside-textiles.test', 'ES', 'PUBLIC', current_timestamp),
    ('Atlas Legal', 'atlas-legal.test', 'BE', 'PUBLIC', current_timestamp),
    ('Iberia Legal', 'iberia-legal.test', 'IT', 'PUBLIC', current_timestamp),
    ('Vertex Legal', 'vertex-legal.test', 'PT', 'PUBLIC', current_timestamp),
    ('Evergreen Foods', 'evergreen-foods.test', 'ES', 'PUBLIC', current_timestamp),
    ('Evergreen Architects', 'evergreen-architects.test', 'PT', 'PUBLIC', current_timestamp),
    ('Atlas Travel', 'atlas-travel.test', 'ES', 'PUBLIC', current_timestamp),
    ('Iberia Textiles', 'iberia-textiles.test', 'ES', 'PUBLIC', current_timestamp),
    ('Evergreen Legal', 'evergreen-legal.test', 'BE', 'PUBLIC', current_timestamp),
    ('Summit Energy', 'summit-energy.test', 'ES', 'PUBLIC', current_timestamp),
    ('Willow Robotics', 'willow-robotics.test', 'IE', 'PUBLIC', current_timestamp),
    ('Olive Robotics', 'olive-robotics.test', 'DE', 'PUBLIC', current_timestamp),
    ('Meridian Legal', 'meridian-legal.test', 'DE', 'PUBLIC', current_timestamp),
    ('Delta Media', 'delta-media.test', 'DE', 'PUBLIC', current_timestamp),
    ('Cedar Architects', 'cedar-architects.test', 'NL', 'PUBLIC', current_timestamp),
    ('Falcon Foods', 'falcon-foods.test', 'IT', 'PUBLIC', current_timestamp);

-- Fabrikam's customers joined one every two days, the first about six months ago. Contoso registered
-- two days ago and has no partner yet.
update customer set created_at = current_timestamp - interval '190' day + interval '2' day * id where domain <> 'contoso.test';
update customer set created_at = current_timestamp - interval '2' day where domain = 'contoso.test';

-- The other partners' customers, each in its partner's cloud and territory: Northwind's in Italy,
-- Tailspin's in the US Government cloud, Litware's in Brazil and Argentina, Lamna's in the Germany cloud.
insert into customer (company_name, domain, country, cloud, created_at)
select v.company_name, v.domain, v.country, v.cloud, current_timestamp - interval '1' day * v.days_ago
from (values
    ('Lucerne Publishing Italia', 'lucerne-publishing.test', 'IT', 'PUBLIC', 150),
    ('Coho Winery', 'coho-winery.test', 'IT', 'PUBLIC', 120),
    ('Trey Research Milano', 'trey-research.test', 'IT', 'PUBLIC', 95),
    ('Fourth Coffee Federal', 'fourth-coffee-federal.test', 'US', 'US_GOVERNMENT', 160),
    ('Relecloud Public Safety', 'relecloud-public-safety.test', 'US', 'US_GOVERNMENT', 75),
    ('Adventure Works County', 'adventure-works-county.test', 'US', 'US_GOVERNMENT', 20),
    ('Ipanema Logística', 'ipanema-logistica.test', 'BR', 'PUBLIC', 170),
    ('Tijuca Alimentos', 'tijuca-alimentos.test', 'BR', 'PUBLIC', 110),
    ('Pampa Energía', 'pampa-energia.test', 'AR', 'PUBLIC', 30),
    ('Bodensee Kliniken', 'bodensee-kliniken.test', 'DE', 'GERMANY', 130),
    ('Elbe Maschinenbau', 'elbe-maschinenbau.test', 'DE', 'GERMANY', 85),
    ('Donau Versicherung', 'donau-versicherung.test', 'AT', 'GERMANY', 12)
) as v (company_name, domain, country, cloud, days_ago);

insert into user_account (kind, email, password_hash, display_name, customer_id, customer_global_admin, created_at)
select 'CUSTOMER', u.email, '{bcrypt}$2a$10$l55lOuwZJ.sWw8ndkrWxHe7qnQhZU9DQ6t1n4nibi37xJ8RJpdN6u', u.display_name, c.id, u.global_admin, c.created_at
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
    ('falcon-foods.test', 'admin@falcon-foods.test', 'Hugo Falcon', true),
    ('lucerne-publishing.test', 'admin@lucerne-publishing.test', 'Francesca Moretti', true),
    ('coho-winery.test', 'admin@coho-winery.test', 'Alessandro Conti', true),
    ('trey-research.test', 'admin@trey-research.test', 'Valentina Greco', true),
    ('fourth-coffee-federal.test', 'admin@fourth-coffee-federal.test', 'Dana Whitfield', true),
    ('relecloud-public-safety.test', 'admin@relecloud-public-safety.test', 'Marcus Green', true),
    ('adventure-works-county.test', 'admin@adventure-works-county.test', 'Rachel Ortiz', true),
    ('ipanema-logistica.test', 'admin@ipanema-logistica.test', 'Beatriz Souza', true),
    ('tijuca-alimentos.test', 'admin@tijuca-alimentos.test', 'Rafael Costa', true),
    ('pampa-energia.test', 'admin@pampa-energia.test', 'Martina Fernández', true),
    ('bodensee-kliniken.test', 'admin@bodensee-kliniken.test', 'Sabine Keller', true),
    ('elbe-maschinenbau.test', 'admin@elbe-maschinenbau.test', 'Jürgen Wolff', true),
    ('donau-versicherung.test', 'admin@donau-versicherung.test', 'Lukas Gruber', true)
) as u (domain, email, display_name, global_admin) on u.domain = c.domain;

-- Who did what each customer did below: its Global admin. Contoso is left out, so that its log starts
-- empty and the walk-through in the README is all it shows. Dropped at the end.
create local temporary table demo_customer_admin as
select u.customer_id, u.id, u.email, u.display_name
from user_account u join customer c on c.id = u.customer_id
where u.customer_global_admin and c.domain <> 'contoso.test';

-- Each relationship began when the customer accepted its partner's invitation, two hours after it joined.
-- Northwind (outside the CSP programme) advises some of its customers next to their CSP reseller, and
-- removed its relationship with Trey Research a few weeks after it began.
insert into reseller_relationship (partner_id, customer_id, relationship_type, state, since)
select p.id, c.id, 'RESELLER', 'ACTIVE', c.created_at + interval '2' hour
from partner p, customer c where p.name = 'Fabrikam Cloud Partners' and c.cloud = 'PUBLIC' and c.country not in ('BR', 'AR')
    and c.domain not in ('contoso.test', 'lucerne-publishing.test', 'coho-winery.test', 'trey-research.test');

insert into reseller_relationship (partner_id, customer_id, relationship_type, state, since, ended_at)
select p.id, c.id, case when p.csp_member then 'RESELLER' else 'ADVISOR' end, v.state,
    coalesce(current_timestamp - interval '1' day * v.since_days_ago, c.created_at + interval '2' hour),
    current_timestamp - interval '1' day * v.ended_days_ago
from (values
    ('Northwind Advisors', 'lucerne-publishing.test', 'ACTIVE', cast(null as int), cast(null as int)),
    ('Northwind Advisors', 'coho-winery.test', 'ACTIVE', null, null),
    ('Northwind Advisors', 'trey-research.test', 'ENDED', null, 60),
    ('Northwind Advisors', 'alpine-media.test', 'ACTIVE', 90, null),
    ('Tailspin Government Solutions', 'fourth-coffee-federal.test', 'ACTIVE', null, null),
    ('Tailspin Government Solutions', 'relecloud-public-safety.test', 'ACTIVE', null, null),
    ('Tailspin Government Solutions', 'adventure-works-county.test', 'ACTIVE', null, null),
    ('Litware Brasil', 'ipanema-logistica.test', 'ACTIVE', null, null),
    ('Litware Brasil', 'tijuca-alimentos.test', 'ACTIVE', null, null),
    ('Litware Brasil', 'pampa-energia.test', 'ACTIVE', null, null),
    ('Lamna Cloud GmbH', 'bodensee-kliniken.test', 'ACTIVE', null, null),
    ('Lamna Cloud GmbH', 'elbe-maschinenbau.test', 'ACTIVE', null, null),
    ('Lamna Cloud GmbH', 'donau-versicherung.test', 'ACTIVE', null, null)
) as v (partner_name, domain, state, since_days_ago, ended_days_ago)
join partner p on p.name = v.partner_name join customer c on c.domain = v.domain;

-- Delegated admin: Fabrikam holds it for the directory and Office at most of its customers, for the
-- directory alone at some, and not at all at the rest.
insert into delegated_admin_grant (relationship_id, service_id, customer_id, active, since, csp_holder_customer_id)
select r.id, s.id, r.customer_id, true, r.since, r.customer_id
from reseller_relationship r join partner p on p.id = r.partner_id and p.name = 'Fabrikam Cloud Partners'
    join customer c on c.id = r.customer_id join cloud_service s on s.code in ('AZURE_AD', 'OFFICE_365')
where c.domain in ('keystone-clinics.test', 'umbra-logistics.test', 'lumen-travel.test', 'dune-robotics.test', 'nova-foods.test', 'cedar-robotics.test', 'harbor-travel.test', 'summit-travel.test', 'riverside-clinics.test', 'nova-clinics.test', 'summit-architects.test', 'delta-robotics.test', 'granite-media.test', 'nova-energy.test', 'juniper-architects.test', 'willow-architects.test', 'pinnacle-energy.test', 'juniper-travel.test', 'dune-media.test', 'yellowstone-robotics.test', 'willow-energy.test', 'pinnacle-travel.test', 'pinnacle-foods.test', 'xenon-textiles.test', 'willow-legal.test', 'alpine-media.test', 'pinnacle-logistics.test', 'yellowstone-textiles.test', 'meridian-media.test', 'falcon-media.test', 'atlas-legal.test', 'iberia-legal.test', 'evergreen-foods.test', 'evergreen-architects.test', 'iberia-textiles.test', 'evergreen-legal.test', 'willow-robotics.test', 'olive-robotics.test', 'delta-media.test', 'cedar-architects.test', 'adatum.test');

insert into delegated_admin_grant (relationship_id, service_id, customer_id, active, since, csp_holder_customer_id)
select r.id, s.id, r.customer_id, true, r.since, r.customer_id
from reseller_relationship r join partner p on p.id = r.partner_id and p.name = 'Fabrikam Cloud Partners'
    join customer c on c.id = r.customer_id join cloud_service s on s.code in ('AZURE_AD')
where c.domain in ('atlas-robotics.test', 'blue-harbor-travel.test', 'delta-travel.test', 'summit-media.test', 'yellowstone-energy.test', 'cedar-foods.test', 'falcon-travel.test', 'riverside-textiles.test', 'atlas-travel.test', 'meridian-legal.test');

-- The other partners' grants. A CSP partner's grant holds the customer's one CSP place for its service
-- (csp_holder_customer_id); Northwind's, outside the programme, does not. National-cloud partners always
-- hold it for both services, as their invitations always ask for it. Litware's invitation to Tijuca left
-- delegated admin out. Coho first accepted Northwind without delegated admin and granted it twelve days
-- ago, by accepting Northwind's second invitation. A removed grant stays, inactive: Ipanema took Office
-- away from Litware and Lucerne the directory away from Northwind (below), and Northwind's grants at Trey
-- Research ended with the relationship.
insert into delegated_admin_grant (relationship_id, service_id, customer_id, active, since, csp_holder_customer_id)
select r.id, s.id, r.customer_id, not v.removed and r.state = 'ACTIVE',
    coalesce(current_timestamp - interval '1' day * v.granted_days_ago, r.since),
    case when p.csp_member and not v.removed and r.state = 'ACTIVE' then r.customer_id end
from (values
    ('Northwind Advisors', 'lucerne-publishing.test', 'AZURE_AD', true, cast(null as int)),
    ('Northwind Advisors', 'lucerne-publishing.test', 'OFFICE_365', false, null),
    ('Northwind Advisors', 'coho-winery.test', 'AZURE_AD', false, 12),
    ('Northwind Advisors', 'coho-winery.test', 'OFFICE_365', false, 12),
    ('Northwind Advisors', 'trey-research.test', 'AZURE_AD', false, null),
    ('Northwind Advisors', 'trey-research.test', 'OFFICE_365', false, null),
    ('Northwind Advisors', 'alpine-media.test', 'AZURE_AD', false, null),
    ('Northwind Advisors', 'alpine-media.test', 'OFFICE_365', false, null),
    ('Tailspin Government Solutions', 'fourth-coffee-federal.test', 'AZURE_AD', false, null),
    ('Tailspin Government Solutions', 'fourth-coffee-federal.test', 'OFFICE_365', false, null),
    ('Tailspin Government Solutions', 'relecloud-public-safety.test', 'AZURE_AD', false, null),
    ('Tailspin Government Solutions', 'relecloud-public-safety.test', 'OFFICE_365', false, null),
    ('Tailspin Government Solutions', 'adventure-works-county.test', 'AZURE_AD', false, null),
    ('Tailspin Government Solutions', 'adventure-works-county.test', 'OFFICE_365', false, null),
    ('Litware Brasil', 'ipanema-logistica.test', 'AZURE_AD', false, null),
    ('Litware Brasil', 'ipanema-logistica.test', 'OFFICE_365', true, null),
    ('Litware Brasil', 'pampa-energia.test', 'AZURE_AD', false, null),
    ('Litware Brasil', 'pampa-energia.test', 'OFFICE_365', false, null),
    ('Lamna Cloud GmbH', 'bodensee-kliniken.test', 'AZURE_AD', false, null),
    ('Lamna Cloud GmbH', 'bodensee-kliniken.test', 'OFFICE_365', false, null),
    ('Lamna Cloud GmbH', 'elbe-maschinenbau.test', 'AZURE_AD', false, null),
    ('Lamna Cloud GmbH', 'elbe-maschinenbau.test', 'OFFICE_365', false, null),
    ('Lamna Cloud GmbH', 'donau-versicherung.test', 'AZURE_AD', false, null),
    ('Lamna Cloud GmbH', 'donau-versicherung.test', 'OFFICE_365', false, null)
) as v (partner_name, domain, service_code, removed, granted_days_ago)
join partner p on p.name = v.partner_name join customer c on c.domain = v.domain
join reseller_relationship r on r.partner_id = p.id and r.customer_id = c.id
join cloud_service s on s.code = v.service_code;

-- Each relationship counts its active grants (V17), as the relationship itself does when it changes them.
update reseller_relationship set delegated_admin_services =
    (select count(*) from delegated_admin_grant g where g.relationship_id = reseller_relationship.id and g.active);

-- The relationships' own history, as the domain objects write it.
insert into relationship_history (relationship_id, action, occurred_at)
select r.id, 'ESTABLISHED', r.since from reseller_relationship r;

insert into relationship_history (relationship_id, service_id, action, occurred_at)
select g.relationship_id, g.service_id, 'DELEGATED_ADMIN_GRANTED', g.since from delegated_admin_grant g;

-- Delegated admin the customers removed themselves, on their Partner relationships page. Adatum took
-- Office away from Fabrikam and gave it back a week later, by accepting Fabrikam's invitation again;
-- its grant is active again, since then, as the relationship's restore leaves it.
create local temporary table demo_removal as
select g.relationship_id, g.service_id, a.id as actor_id, current_timestamp - interval '1' day * v.removed_days_ago as removed_at,
    current_timestamp - interval '1' day * v.restored_days_ago as restored_at
from (values
    ('ipanema-logistica.test', 'OFFICE_365', 10, cast(null as int)),
    ('lucerne-publishing.test', 'AZURE_AD', 6, null),
    ('adatum.test', 'OFFICE_365', 75, 68)
) as v (domain, service_code, removed_days_ago, restored_days_ago)
join customer c on c.domain = v.domain join cloud_service s on s.code = v.service_code
join delegated_admin_grant g on g.customer_id = c.id and g.service_id = s.id and g.active = (v.restored_days_ago is not null)
join demo_customer_admin a on a.customer_id = c.id;

insert into relationship_history (relationship_id, service_id, action, occurred_at, actor_id)
select x.relationship_id, x.service_id, k.action, case when k.action = 'DELEGATED_ADMIN_REMOVED' then x.removed_at else x.restored_at end, x.actor_id
from demo_removal x join (values ('DELEGATED_ADMIN_REMOVED', 1), ('DELEGATED_ADMIN_RESTORED', 2)) as k (action, step)
    on k.step = 1 or x.restored_at is not null
order by x.relationship_id, x.service_id, k.step;

update delegated_admin_grant g set since = (select x.restored_at from demo_removal x
    where x.relationship_id = g.relationship_id and x.service_id = g.service_id)
where exists (select 1 from demo_removal x where x.relationship_id = g.relationship_id and x.service_id = g.service_id
    and x.restored_at is not null);

drop table demo_removal;

insert into relationship_history (relationship_id, action, occurred_at, actor_id)
select r.id, 'ENDED', r.ended_at, u.id
from reseller_relationship r join user_account u on u.email = 'ga@northwind.test'
where r.state = 'ENDED';

insert into relationship_history (relationship_id, service_id, action, occurred_at, actor_id)
select g.relationship_id, g.service_id, 'DELEGATED_ADMIN_REMOVED', r.ended_at, u.id
from delegated_admin_grant g join reseller_relationship r on r.id = g.relationship_id
join user_account u on u.email = 'ga@northwind.test'
where r.state = 'ENDED';

insert into subscription (customer_id, service_id, offer_name, seats, status, partner_of_record_id, support_contact_partner_id, created_at)
select c.id, s.id, o.offer_name, o.seats, o.status, case when o.from_fabrikam then p.id end, case when o.from_fabrikam then p.id end, c.created_at + interval '3' hour
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

-- The other partners' customers' subscriptions. Northwind advises; it is nobody's partner of record, so
-- its customers bought directly. Tijuca's Azure plan came through Litware without delegated admin.
insert into subscription (customer_id, service_id, offer_name, seats, status, partner_of_record_id, support_contact_partner_id, created_at)
select c.id, s.id, v.offer_name, v.seats, v.status, p.id, p.id, c.created_at + interval '3' hour
from (values
    ('lucerne-publishing.test', 'OFFICE_365', 'Office 365 E3', 85, 'ACTIVE', cast(null as varchar(200))),
    ('coho-winery.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 18, 'ACTIVE', null),
    ('trey-research.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 40, 'ACTIVE', null),
    ('fourth-coffee-federal.test', 'OFFICE_365', 'Office 365 E3', 180, 'ACTIVE', 'Tailspin Government Solutions'),
    ('fourth-coffee-federal.test', 'AZURE_AD', 'Azure AD Premium P2', 180, 'ACTIVE', 'Tailspin Government Solutions'),
    ('relecloud-public-safety.test', 'OFFICE_365', 'Office 365 E5', 64, 'ACTIVE', 'Tailspin Government Solutions'),
    ('relecloud-public-safety.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', 'Tailspin Government Solutions'),
    ('adventure-works-county.test', 'OFFICE_365', 'Office 365 E1', 150, 'ACTIVE', 'Tailspin Government Solutions'),
    ('ipanema-logistica.test', 'OFFICE_365', 'Microsoft 365 Business Standard', 60, 'ACTIVE', 'Litware Brasil'),
    ('tijuca-alimentos.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', 'Litware Brasil'),
    ('tijuca-alimentos.test', 'OFFICE_365', 'Microsoft 365 Business Basic', 25, 'SUSPENDED', 'Litware Brasil'),
    ('pampa-energia.test', 'OFFICE_365', 'Microsoft 365 Business Premium', 45, 'ACTIVE', 'Litware Brasil'),
    ('bodensee-kliniken.test', 'OFFICE_365', 'Office 365 E3', 120, 'ACTIVE', 'Lamna Cloud GmbH'),
    ('elbe-maschinenbau.test', 'OFFICE_365', 'Office 365 E1', 300, 'ACTIVE', 'Lamna Cloud GmbH'),
    ('elbe-maschinenbau.test', 'AZURE', 'Azure plan', 1, 'ACTIVE', 'Lamna Cloud GmbH'),
    ('donau-versicherung.test', 'OFFICE_365', 'Office 365 E5', 35, 'ACTIVE', 'Lamna Cloud GmbH')
) as v (domain, service_code, offer_name, seats, status, partner_name)
join customer c on c.domain = v.domain join cloud_service s on s.code = v.service_code
left join partner p on p.name = v.partner_name;

-- Add-ons on Adatum's Microsoft 365 subscription from Fabrikam, ordered by Fabrikam's Admin agent a month
-- after the subscription began.
insert into subscription_addon (subscription_id, name, quantity, ordered_at, ordered_by)
select s.id, a.name, a.quantity, s.created_at + interval '30' day, u.id
from subscription s join customer c on c.id = s.customer_id join (values
    ('Microsoft 365 Business Standard', 'Microsoft Teams Phone Standard', 20),
    ('Microsoft 365 Business Standard', 'Exchange Online Archiving', 10)
) as a (offer_name, name, quantity) on a.offer_name = s.offer_name
join user_account u on u.email = 'agent@fabrikam.test'
where c.domain = 'adatum.test';

-- The customer agreement in force (version 2026-11) came into force on 1 November 2026. A customer
-- whose first relationship began on or after that day accepted it then; one whose first relationship
-- is older accepted it in the days after it came into force, when it accepted the invitation of its
-- first partner still in force again, or earlier if it accepted an invitation for delegated admin (Coho,
-- Adatum) between the day it came into force and then, as the dates relative to today may fall. A
-- customer with no relationship left from before (Trey Research) or none at all (Contoso) has not
-- accepted it.
update customer c set agreement_version = '2026-11', agreement_accepted_at = case
        when (select min(r.since) from reseller_relationship r where r.customer_id = c.id) >= timestamp with time zone '2026-11-01 00:00:00+00'
        then (select min(r.since) from reseller_relationship r where r.customer_id = c.id)
        else least(current_timestamp - interval '1' hour, timestamp with time zone '2026-11-01 00:00:00+00' + interval '2' day + interval '7' hour * mod(c.id, 60),
            coalesce((select min(g.since) from delegated_admin_grant g join reseller_relationship r on r.id = g.relationship_id
                where g.customer_id = c.id and g.active and g.since > r.since and g.since >= timestamp with time zone '2026-11-01 00:00:00+00'),
                current_timestamp))
    end
where exists (select 1 from reseller_relationship r where r.customer_id = c.id
    and (r.state = 'ACTIVE' or r.since >= timestamp with time zone '2026-11-01 00:00:00+00'));

update customer c set agreement_accepted_by = (select min(u.id) from user_account u where u.customer_id = c.id and u.customer_global_admin)
where c.agreement_version is not null;

-- Every time a customer's Global admin accepted an invitation: when each relationship began, when a
-- later invitation granted delegated admin, and for the agreement (above). Each went through the
-- invitation's page first; it asked for delegated admin if the relationship held it by then. Kept for
-- the statements below and dropped after.
create local temporary table demo_acceptance as
select x.relationship_id, r.partner_id, r.customer_id, x.accepted_at,
    case when exists (select 1 from delegated_admin_grant g where g.relationship_id = r.id and g.since <= x.accepted_at)
        then true else false end as delegated_admin
from (
    select r.id as relationship_id, r.since as accepted_at from reseller_relationship r
    union
    select g.relationship_id, g.since from delegated_admin_grant g join reseller_relationship r on r.id = g.relationship_id
    where g.since > r.since
    union
    select r.id, c.agreement_accepted_at from reseller_relationship r join customer c on c.id = r.customer_id
    where r.state = 'ACTIVE' and c.agreement_accepted_at > r.since
        and r.since = (select min(f.since) from reseller_relationship f where f.customer_id = c.id and f.state = 'ACTIVE')
) as x join reseller_relationship r on r.id = x.relationship_id;

-- The answers, as the invitation pages record them. Like the activity log (below), they leave out
-- Contoso: the walk-through's answers are its first.
insert into invitation_response (partner_id, customer_id, delegated_admin, outcome, responded_at, responded_by)
select x.partner_id, x.customer_id, x.delegated_admin, 'ACCEPTED', x.accepted_at, u.id
from demo_acceptance x join customer c on c.id = x.customer_id join demo_customer_admin u on u.customer_id = c.id;

-- Invitations looked at and declined: Keystone Clinics declined Northwind's, and Trey Research, weeks
-- after Northwind removed their relationship, a new one.
create local temporary table demo_decline as
select p.id as partner_id, c.id as customer_id, current_timestamp - interval '1' day * v.days_ago as declined_at
from (values ('Northwind Advisors', 'keystone-clinics.test', 40), ('Northwind Advisors', 'trey-research.test', 9)) as v (partner_name, domain, days_ago)
join partner p on p.name = v.partner_name join customer c on c.domain = v.domain;

insert into invitation_response (partner_id, customer_id, delegated_admin, outcome, responded_at, responded_by)
select x.partner_id, x.customer_id, true, 'DECLINED', x.declined_at, u.id
from demo_decline x join customer c on c.id = x.customer_id join demo_customer_admin u on u.customer_id = c.id;

-- The activity log, as the features write it: the same actions, values and names. Contoso, the customer
-- of the walk-through in the README, starts with an empty log, so that what the walk-through does is all
-- its log shows; the joins on demo_customer_admin leave it out. Rows are inserted in the order the portal
-- writes them within one change.

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, action, new_value)
select p.created_at, a.id, a.display_name, 'Partner Portal', p.id, p.name, 'PARTNER_CREATED', p.name
from partner p, user_account a where a.email = 'admin@portal.test';

-- Each partner's first Global admin was created with the partner by the platform admin; the others by
-- that Global admin.
insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, action, new_value)
select u.created_at, a.id, a.display_name, case when a.kind = 'PLATFORM_ADMIN' then 'Partner Portal' else p.name end,
    p.id, p.name, 'USER_CREATED', u.email || ': ' || u.partner_role
from user_account u join partner p on p.id = u.partner_id
join user_account a on (u.created_at = p.created_at and a.email = 'admin@portal.test')
    or (u.created_at <> p.created_at and a.partner_id = p.id and a.partner_role = 'GLOBAL_ADMIN');

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, customer_id, customer_name, action, new_value)
select c.created_at, a.id, a.display_name, c.company_name, c.id, c.company_name, k.action, case when k.action = 'CUSTOMER_REGISTERED' then c.domain else a.email end
from customer c join demo_customer_admin a on a.customer_id = c.id
cross join (values ('CUSTOMER_REGISTERED', 1), ('USER_CREATED', 2)) as k (action, written)
order by c.id, k.written;

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, new_value)
select x.accepted_at - interval '10' minute, a.id, a.display_name, c.company_name, p.id, p.name, c.id, c.company_name, 'INVITATION_VIEWED',
    case when x.delegated_admin then 'WITH_DELEGATED_ADMIN' else 'WITHOUT_DELEGATED_ADMIN' end
from demo_acceptance x join partner p on p.id = x.partner_id join customer c on c.id = x.customer_id
join demo_customer_admin a on a.customer_id = c.id;

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, new_value)
select x.declined_at - interval '1' minute * k.minutes_before, a.id, a.display_name, c.company_name, p.id, p.name, c.id, c.company_name, k.action, 'WITH_DELEGATED_ADMIN'
from demo_decline x join partner p on p.id = x.partner_id join customer c on c.id = x.customer_id
join demo_customer_admin a on a.customer_id = c.id
cross join (values ('INVITATION_VIEWED', 10), ('INVITATION_DECLINED', 0)) as k (action, minutes_before)
order by x.declined_at, k.minutes_before desc;

drop table demo_decline;

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, customer_id, customer_name, action, new_value)
select c.agreement_accepted_at, a.id, a.display_name, c.company_name, c.id, c.company_name, 'CUSTOMER_AGREEMENT_ACCEPTED', c.agreement_version
from customer c join demo_customer_admin a on a.customer_id = c.id
where c.agreement_version is not null;

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, new_value)
select r.since, a.id, a.display_name, c.company_name, p.id, p.name, c.id, c.company_name, 'RELATIONSHIP_ESTABLISHED', r.relationship_type
from reseller_relationship r join partner p on p.id = r.partner_id join customer c on c.id = r.customer_id
join demo_customer_admin a on a.customer_id = c.id;

-- Delegated admin granted, and restored (Adatum's Office), from the relationships' history: a restored
-- grant's own date is its restoration's.
insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, new_value)
select h.occurred_at, a.id, a.display_name, c.company_name, p.id, p.name, c.id, c.company_name, h.action, s.name
from relationship_history h join reseller_relationship r on r.id = h.relationship_id join partner p on p.id = r.partner_id
join customer c on c.id = r.customer_id join cloud_service s on s.id = h.service_id
join demo_customer_admin a on a.customer_id = c.id
where h.action in ('DELEGATED_ADMIN_GRANTED', 'DELEGATED_ADMIN_RESTORED')
order by h.relationship_id, h.occurred_at, s.sort_order;

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, new_value)
select x.accepted_at, a.id, a.display_name, c.company_name, p.id, p.name, c.id, c.company_name, 'INVITATION_ACCEPTED',
    case when x.delegated_admin then 'WITH_DELEGATED_ADMIN' else 'WITHOUT_DELEGATED_ADMIN' end
from demo_acceptance x join partner p on p.id = x.partner_id join customer c on c.id = x.customer_id
join demo_customer_admin a on a.customer_id = c.id;

drop table demo_acceptance;

-- Removals, from the relationships' history: Northwind ended its relationship with Trey Research, which
-- took its delegated admin with it; Ipanema, Lucerne and Adatum removed a partner's delegated admin for a
-- service themselves.
insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, old_value, new_value)
select h.occurred_at, a.id, a.display_name, p.name, p.id, p.name, c.id, c.company_name, 'RELATIONSHIP_REMOVED', 'ACTIVE', 'ENDED'
from relationship_history h join reseller_relationship r on r.id = h.relationship_id join partner p on p.id = r.partner_id
join customer c on c.id = r.customer_id join user_account a on a.id = h.actor_id
where h.action = 'ENDED';

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, old_value, new_value)
select h.occurred_at, a.id, a.display_name, case when a.kind = 'CUSTOMER' then c.company_name else p.name end, p.id, p.name, c.id, c.company_name,
    'DELEGATED_ADMIN_REMOVED', s.name || ': delegated admin', 'removed'
from relationship_history h join reseller_relationship r on r.id = h.relationship_id join partner p on p.id = r.partner_id
join customer c on c.id = r.customer_id join cloud_service s on s.id = h.service_id join user_account a on a.id = h.actor_id
where h.action = 'DELEGATED_ADMIN_REMOVED'
order by h.relationship_id, s.sort_order;

-- Seat changes by partners of record, so that every customer's log has entries in the last 30 days (the
-- period the activity page opens on): at each of Fabrikam's customers by its Admin agent, at some of the
-- other partners' customers by their Global admins.
insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, old_value, new_value)
select current_timestamp - interval '1' hour * (12 + mod(c.id * 37, 600)), a.id, a.display_name, p.name, p.id, p.name, c.id, c.company_name, k.action,
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ' || cast(s.seats - k.seats_added as varchar(20)) || ' seats',
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ' || cast(s.seats as varchar(20)) || ' seats'
from subscription s join customer c on c.id = s.customer_id join partner p on p.id = s.partner_of_record_id
join cloud_service v on v.id = s.service_id and v.code = 'OFFICE_365'
join user_account a on a.email = 'agent@fabrikam.test'
join (values ('SUBSCRIPTION_SEATS_ADDED', 0, 5), ('SUBSCRIPTION_SEATS_REMOVED', 1, -5)) as k (action, customer_group, seats_added)
    on mod(c.id, 2) = k.customer_group
where p.name = 'Fabrikam Cloud Partners' and s.status = 'ACTIVE' and s.seats - k.seats_added between 1 and 300
    and exists (select 1 from demo_customer_admin m where m.customer_id = c.id);

insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, old_value, new_value)
select current_timestamp - interval '1' day * k.days_ago, a.id, a.display_name, p.name, p.id, p.name, c.id, c.company_name,
    case when k.seats_before < s.seats then 'SUBSCRIPTION_SEATS_ADDED' else 'SUBSCRIPTION_SEATS_REMOVED' end,
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ' || cast(k.seats_before as varchar(20)) || ' seats',
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ' || cast(s.seats as varchar(20)) || ' seats'
from (values
    ('fourth-coffee-federal.test', 'Office 365 E3', 150, 22),
    ('relecloud-public-safety.test', 'Office 365 E5', 70, 27),
    ('adventure-works-county.test', 'Office 365 E1', 120, 5),
    ('ipanema-logistica.test', 'Microsoft 365 Business Standard', 50, 90),
    ('pampa-energia.test', 'Microsoft 365 Business Premium', 40, 8),
    ('bodensee-kliniken.test', 'Office 365 E3', 100, 18),
    ('elbe-maschinenbau.test', 'Office 365 E1', 250, 26),
    ('donau-versicherung.test', 'Office 365 E5', 30, 3)
) as k (domain, offer_name, seats_before, days_ago)
join customer c on c.domain = k.domain join subscription s on s.customer_id = c.id and s.offer_name = k.offer_name
join partner p on p.id = s.partner_of_record_id join user_account a on a.partner_id = p.id and a.partner_role = 'GLOBAL_ADMIN';

-- Adatum's seats grew in its first months: Fabrikam's Admin agent added them to its directory
-- subscription. (Its Microsoft 365 seats changed recently, above.)
insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, old_value, new_value)
select current_timestamp - interval '1' day * k.days_ago, a.id, a.display_name, p.name, p.id, p.name, c.id, c.company_name, 'SUBSCRIPTION_SEATS_ADDED',
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ' || cast(k.seats_before as varchar(20)) || ' seats',
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ' || cast(k.seats_after as varchar(20)) || ' seats'
from (values ('Azure AD Premium P1', 30, 40, 140), ('Azure AD Premium P1', 40, 45, 52)) as k (offer_name, seats_before, seats_after, days_ago)
join subscription s on s.offer_name = k.offer_name join customer c on c.id = s.customer_id and c.domain = 'adatum.test'
join partner p on p.id = s.partner_of_record_id join user_account a on a.email = 'agent@fabrikam.test'
order by k.days_ago desc;

-- The add-ons ordered (above), as the order wrote them.
insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, old_value, new_value)
select d.ordered_at, a.id, a.display_name, p.name, p.id, p.name, c.id, c.company_name, 'SUBSCRIPTION_ADDON_ORDERED',
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ' || d.name || ' x 0',
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ' || d.name || ' x ' || cast(d.quantity as varchar(20))
from subscription_addon d join subscription s on s.id = d.subscription_id join customer c on c.id = s.customer_id
join user_account a on a.id = d.ordered_by join partner p on p.id = a.partner_id
order by d.id;

-- Suspended subscriptions, by their partners of record: Litware suspended Tijuca's Microsoft 365, and
-- Fabrikam's Admin agent Adatum's Dynamics 365.
insert into activity_log (occurred_at, actor_id, actor_name, actor_organisation, partner_id, partner_name, customer_id, customer_name, action, old_value, new_value)
select current_timestamp - interval '1' day * k.days_ago, a.id, a.display_name, p.name, p.id, p.name, c.id, c.company_name, 'SUBSCRIPTION_SUSPENDED',
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): ACTIVE',
    s.offer_name || ' (subscription ' || cast(s.id as varchar(20)) || '): SUSPENDED'
from (values ('tijuca-alimentos.test', 'ga@litware.test', 15), ('adatum.test', 'agent@fabrikam.test', 40)) as k (domain, actor_email, days_ago)
join customer c on c.domain = k.domain join subscription s on s.customer_id = c.id and s.status = 'SUSPENDED'
join partner p on p.id = s.partner_of_record_id join user_account a on a.email = k.actor_email
order by k.days_ago desc;

drop table demo_customer_admin;
