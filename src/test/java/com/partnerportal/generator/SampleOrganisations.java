package com.partnerportal.generator;

import java.util.List;
import java.util.Locale;

/**
 * The names the generated data is made of. Company names combine a word and a trade, so
 * that searching by a word or a trade finds many customers and searching by both finds a
 * few, as in a real partner's list; every domain is unique.
 */
final class SampleOrganisations {

	/** The partner with the many customers; the first of {@link #PARTNERS}. */
	static final int MAIN_PARTNER = 0;

	/** The customer that has a relationship with every partner. */
	static final int MANY_PARTNERS_CUSTOMER = 0;

	/**
	 * Partners, all in Europe so that any of them may serve any generated customer. The
	 * boolean says whether the partner is in the CSP programme.
	 */
	static final List<SamplePartner> PARTNERS = List.of(new SamplePartner("Proseware Cloud Partners", "ES", true),
			new SamplePartner("Woodgrove Consulting", "GB", true),
			new SamplePartner("Trey Research Cloud", "IE", false),
			new SamplePartner("Lucerne Managed Services", "CH", true), new SamplePartner("Coho Advisory", "NL", false),
			new SamplePartner("Wingtip Systems", "DE", true), new SamplePartner("Alpine Ski IT", "AT", true),
			new SamplePartner("Margie Cloud Services", "FR", true), new SamplePartner("Relecloud Partners", "IT", true),
			new SamplePartner("VanArsdel Digital", "BE", false), new SamplePartner("Humongous IT", "SE", true),
			new SamplePartner("Southridge Solutions", "DK", true),
			new SamplePartner("Fourth Coffee Systems", "PL", true), new SamplePartner("Adventure Works IT", "PT", true),
			new SamplePartner("Wide World Integrators", "ES", true),
			new SamplePartner("Best For You Advisors", "FR", false),
			new SamplePartner("Consolidated Messenger Cloud", "NL", true),
			new SamplePartner("First Up Consultants", "IT", false), new SamplePartner("Blue Yonder Cloud", "DE", true),
			new SamplePartner("Munson IT Services", "IE", true), new SamplePartner("City Power Digital", "ES", false));

	private static final List<String> WORDS = List.of("Alpine", "Amber", "Apex", "Aqua", "Arbor", "Atlas", "Aurora",
			"Beacon", "Birch", "Blue Harbor", "Bright", "Cedar", "Cobalt", "Coral", "Crescent", "Crystal", "Delta",
			"Dune", "Eagle", "Echo", "Ember", "Evergreen", "Falcon", "Fjord", "Golden", "Granite", "Harbor", "Hazel",
			"Horizon", "Iberia", "Indigo", "Iris", "Juniper", "Keystone", "Lagoon", "Lumen", "Maple", "Meridian",
			"Mistral", "Nova", "Oak", "Olive", "Onyx", "Orion", "Pinnacle", "Polar", "Quartz", "Raven", "Riverside",
			"Saffron", "Sierra", "Silver", "Summit", "Terra", "Tidal", "Umbra", "Vertex", "Willow", "Xenon",
			"Yellowstone", "Zenith");

	private static final List<String> TRADES = List.of("Architects", "Bakeries", "Builders", "Clinics", "Consulting",
			"Dental", "Energy", "Engineering", "Farms", "Finance", "Foods", "Freight", "Hotels", "Insurance", "Labs",
			"Legal", "Logistics", "Manufacturing", "Media", "Motors", "Pharma", "Printing", "Realty", "Retail",
			"Robotics", "Schools", "Software", "Textiles", "Travel", "Wines");

	/** Countries of the generated customers, repeated by how common they are. */
	private static final List<String> COUNTRIES = List.of("ES", "ES", "ES", "ES", "ES", "ES", "PT", "PT", "FR", "FR",
			"FR", "IT", "IT", "IT", "DE", "DE", "DE", "NL", "NL", "BE", "IE", "GB", "GB", "AT", "CH", "SE", "DK", "PL");

	private static final List<String> FIRST_NAMES = List.of("Ana", "Bruno", "Carmen", "Diego", "Elena", "Farid",
			"Giulia", "Hugo", "Inês", "Jonas", "Katrin", "Luca", "Marta", "Noah", "Olga", "Pablo", "Quentin", "Rosa",
			"Sofía", "Tomás", "Ugo", "Vera", "Wim", "Xavier", "Yara", "Zoe");

	private static final List<String> LAST_NAMES = List.of("García", "Rossi", "Müller", "Dubois", "Silva", "Jansen",
			"Murphy", "Smith", "Novak", "Larsen", "Kowalski", "Peeters", "Huber", "Lindqvist", "Costa", "Moreau",
			"Ferrari", "Schmidt", "Navarro", "Byrne");

	private SampleOrganisations() {
	}

	/**
	 * @param index a customer's number
	 * @return its country
	 */
	static String country(int index) {
		return (index == MANY_PARTNERS_CUSTOMER) ? "ES" : pick(COUNTRIES, index, 11);
	}

	/**
	 * @param index a customer's number
	 * @return its company name, such as "Alpine Logistics GmbH"
	 */
	static String companyName(int index) {
		if (index == MANY_PARTNERS_CUSTOMER) {
			return "Contoso Multinational SL";
		}
		return word(index) + " " + trade(index) + " " + legalForm(country(index));
	}

	/**
	 * @param index a customer's number
	 * @return its unique domain, such as {@code alpine-logistics-42.example}
	 */
	static String domain(int index) {
		if (index == MANY_PARTNERS_CUSTOMER) {
			return "contoso-multinational.example";
		}
		return slug(word(index) + " " + trade(index)) + "-" + index + ".example";
	}

	static String word(int index) {
		return pick(WORDS, index, 12);
	}

	static String trade(int index) {
		return pick(TRADES, index, 13);
	}

	/**
	 * @param seed any number
	 * @return a person's name
	 */
	static String personName(long seed) {
		return pick(FIRST_NAMES, seed, 14) + " " + pick(LAST_NAMES, seed, 15);
	}

	/**
	 * @param partner a partner's number
	 * @return the domain its users' addresses are in
	 */
	static String partnerDomain(int partner) {
		return slug(PARTNERS.get(partner).name().split(" ")[0]) + ".example";
	}

	static String slug(String name) {
		return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
	}

	private static String legalForm(String country) {
		return switch (country) {
			case "ES" -> "SL";
			case "PT" -> "Lda";
			case "FR" -> "SAS";
			case "IT" -> "Srl";
			case "DE", "AT" -> "GmbH";
			case "NL", "BE" -> "BV";
			case "CH" -> "AG";
			case "SE" -> "AB";
			case "DK" -> "ApS";
			case "PL" -> "Sp. z o.o.";
			default -> "Ltd";
		};
	}

	private static String pick(List<String> values, long seed, int salt) {
		return values.get(Mix.below(seed, salt, values.size()));
	}

	/**
	 * @param name the partner's name
	 * @param country where it is based
	 * @param cspMember whether it is in the CSP programme
	 */
	record SamplePartner(String name, String country, boolean cspMember) {
	}

}
