package org.canvassaudit.sample;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.canvassaudit.evaluation.Names.distance;
import static org.canvassaudit.evaluation.Names.normalise;

/**
 * Word lists and the name transformations the sign-in sheets need: accents dropped, case
 * changed, a letter misspelt. The name normalisation is the one SPEC §2 uses for
 * matching, so the generator can promise which sheet names match exactly and which go to
 * review.
 */
final class Names {

	static final String[] REGIONS = { "North East", "North West", "Yorkshire and the Humber", "East Midlands",
			"West Midlands", "East of England", "South East", "South West" };

	private static final String[] PLACES = { "Ashford", "Barnsley", "Bexhill", "Bramley", "Calder", "Chesham", "Colne",
			"Darley", "Dewsbury", "Eastleigh", "Ely", "Fareham", "Frome", "Gainsborough", "Gosport", "Halesowen",
			"Harlow", "Hexham", "Ilkley", "Kettering", "Keighley", "Lancing", "Ledbury", "Louth", "Malvern", "Morley",
			"Newbury", "Northallerton", "Oakham", "Ormskirk", "Penrith", "Pudsey", "Redcar", "Ripon", "Romsey", "Selby",
			"Skipton", "Stroud", "Tamworth", "Thirsk", "Tiverton", "Truro", "Uckfield", "Wantage", "Warwick", "Wells",
			"Whitby", "Witney", "Worksop", "Yeovil", "Alnwick", "Bourne", "Clitheroe", "Dorking", "Evesham",
			"Faversham", "Glossop", "Hitchin", "Knutsford", "Lewes" };

	private static final String[] SUFFIXES = { "", " North", " South", " East", " West", " Central", " Valley",
			" and the Wolds", " Rural", " and Dales", " Vale", " Coast" };

	private static final String[] FIRST = { "Amelia", "Bethan", "Ciarán", "Chloé", "Dafydd", "Eilidh", "Fatima",
			"Gareth", "Hannah", "Imran", "Joanna", "Kwame", "Lowri", "Mohammed", "Niamh", "Oluwaseun", "Priya", "Rhys",
			"Saoirse", "Tomás", "Una", "Vikram", "Wendy", "Yusuf", "Aoife", "Benedict", "Catrin", "Declan", "Esmé",
			"Freya", "Gethin", "Harriet", "Isaac", "Jasmine", "Kieran", "Leila", "Marcus", "Nadia", "Owain", "Phoebe",
			"Rosalind", "Sebastian", "Théo", "Victoria", "Wiktor", "Zainab", "Renée", "José" };

	private static final String[] LAST = { "Abbott", "Bennett", "Chowdhury", "D'Souza", "Evans", "Fitzgerald",
			"Gallagher", "Hughes", "Iqbal", "Jenkins", "Kowalski", "Lloyd", "McAllister", "Nowak", "O'Brien", "Patel",
			"Quinn", "Rahman", "Müller", "Thompson", "Uddin", "Vaughan", "Williams", "Young", "Zielinski", "Ahmed",
			"Brennan", "Clarke", "Davies", "Edwards", "Fraser", "Griffiths", "Hussain", "Ingram", "Jones", "Kaur",
			"Lewis", "Morgan", "Nash", "O'Neill", "Parry", "Roberts", "Singh", "Turner", "Walsh", "Okafor", "Mensah",
			"Lefèvre" };

	private static final String[] VOLUNTEER_FIRST = { "Alan", "Brenda", "Colin", "Doreen", "Eric", "Gwen", "Hugh",
			"Irene", "Janet", "Keith", "Linda", "Malcolm", "Norma", "Oscar", "Pauline", "Roy", "Sheila", "Trevor",
			"Valerie", "Wayne", "Ayesha", "Bilal", "Connor", "Deepa", "Ellis", "Farah", "Grace", "Hamza" };

	private static final String[] VOLUNTEER_LAST = { "Ashworth", "Bradshaw", "Crowther", "Dawson", "Entwistle",
			"Fletcher", "Greenwood", "Holroyd", "Kershaw", "Leadbetter", "Mellor", "Naylor", "Ormerod", "Pickles",
			"Rushworth", "Sutcliffe", "Tattersall", "Whitworth", "Bibi", "Akhtar", "Mistry", "Mahmood" };

	private static final int NAME_PAIRS = FIRST.length * LAST.length;

	private Names() {
	}

	/**
	 * Places step by a number prime to their count and suffixes shift once per round of
	 * places, so every place-suffix pair comes once before any name repeats.
	 */
	static String seatName(int seat) {
		int combinations = PLACES.length * SUFFIXES.length;
		int round = seat / PLACES.length;
		String name = PLACES[place(seat)] + SUFFIXES[(seat * 5 + round) % SUFFIXES.length];
		return (seat < combinations) ? name : name + " " + (seat / combinations + 1);
	}

	/** A region per place, so seats named after the same town share one. */
	static String region(int seat) {
		return REGIONS[place(seat) % REGIONS.length];
	}

	private static int place(int seat) {
		return (seat * 37) % PLACES.length;
	}

	static String candidateName(int candidate) {
		int cell = (int) ((candidate * 1031L) % NAME_PAIRS);
		return FIRST[cell % FIRST.length] + " " + LAST[cell / FIRST.length];
	}

	/**
	 * Volunteer names far enough from every candidate (edit distance over 2 after
	 * normalisation) that a sheet row signed by a volunteer is never sent to review.
	 */
	static List<String> volunteers(List<String> candidateNames) {
		List<String> normalised = candidateNames.stream().map((name) -> normalise(name)).toList();
		List<String> pool = new ArrayList<>();
		for (int i = 0; i < VOLUNTEER_FIRST.length * VOLUNTEER_LAST.length; i++) {
			String name = VOLUNTEER_FIRST[(i * 5) % VOLUNTEER_FIRST.length] + " "
					+ VOLUNTEER_LAST[i % VOLUNTEER_LAST.length];
			String key = normalise(name);
			if (normalised.stream().noneMatch((other) -> distance(key, other, 2) <= 2)) {
				pool.add(name);
			}
		}
		return pool;
	}

	static String stripAccents(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
	}

	/**
	 * The kind of slip a hand-written sheet shows ("Bronty", "Thompsson"): one edit from
	 * the real name, so the row goes to the review queue rather than to a volunteer.
	 */
	static String misspell(String name) {
		String plain = stripAccents(name);
		int last = plain.length() - 1;
		if (plain.charAt(last) == 'e') {
			return plain.substring(0, last) + "y";
		}
		return plain.substring(0, last) + plain.charAt(last - 1) + plain.charAt(last);
	}

	/** Lower-case ASCII with dots, for e-mail addresses and file names. */
	static String slug(String name, char separator) {
		return normalise(name).replace(' ', separator);
	}

}
