package org.imvo.platform.facility.matching.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic generator of realistic garment, textile, leather and footwear facilities in the
 * sourcing countries of the sector: names built the way such companies are named ("Golden Lotus
 * Apparels Ltd.", "Dongguan Xinhui Garment Co., Ltd.", "Yeşim Tekstil San. ve Tic. A.Ş."), addresses
 * with the local pattern (plot/road/sector/upazila/district/post code in Bangladesh, "No. 88 ... Road,
 * ... Town" in China, "Jl. Raya ... Km" in Indonesia, "OSB ... Cadde No:" in Turkey ...), sister
 * factories ("Unit 1", "Unit 2") and group companies at one address, and coordinates for some.
 *
 * <p>Used by {@link EvaluationSetGenerator} (the labelled evaluation set) and by the benchmark
 * (a registry of a million). Only {@link Random} with a fixed seed: the same seed gives the same data.
 */
public final class SyntheticFacilities {

	/** One generated facility, with the parts the query variations need. */
	public record Facility(long key, String country, String brand, String industry, String legal, String unit,
			List<String> addressParts, int place, Double lat, Double lng) {

		public String name() {
			StringBuilder sb = new StringBuilder(brand);
			if (!industry.isEmpty()) {
				sb.append(' ').append(industry);
			}
			if (!legal.isEmpty()) {
				sb.append(legal.startsWith(",") ? "" : " ").append(legal);
			}
			if (!unit.isEmpty()) {
				sb.append(' ').append(unit);
			}
			return sb.toString();
		}

		public String address() {
			return String.join(", ", addressParts);
		}

		Facility with(String newBrand, String newIndustry, String newUnit, List<String> newAddress, int newPlace, Double newLat,
				Double newLng, long newKey) {
			return new Facility(newKey, country, newBrand, newIndustry, legal, newUnit, newAddress, newPlace, newLat, newLng);
		}

	}

	/** One place (city or industrial area) with its centre. */
	record Place(String[] parts, double lat, double lng) {
	}

	/** What is typical of one country. */
	record CountryStyle(String code, int weight, String[] brands, String[] industries, String[] legals, String unitWord,
			Place[] places, AddressPattern pattern) {
	}

	@FunctionalInterface
	interface AddressPattern {

		List<String> address(Random r, Place place);

	}

	static final List<CountryStyle> COUNTRIES = new ArrayList<>();

	static final String[] CHINESE_SYLLABLES = { "Xin", "Hui", "Hua", "Mei", "Long", "Feng", "Sheng", "Da", "Tian", "Jin",
			"Hong", "Yuan", "Kang", "Fu", "Li", "Tai", "Heng", "Yi", "Bao", "Rui", "Xiang", "Ming", "Jia", "Hao", "Cheng" };

	static final String[] CHINESE_CHARACTERS = { "新", "辉", "华", "美", "龙", "丰", "盛", "达", "天", "金", "宏", "源", "康",
			"富", "利", "泰", "恒", "益", "宝", "瑞", "祥", "明", "佳", "豪", "成" };

	private static final String[] ROADS_BD = { "Dhaka-Mymensingh Highway", "Dhaka-Tangail Highway", "Nabinagar-Chandra Road",
			"Tongi-Ashulia Road", "Station Road", "College Road", "Mosque Road", "Bazar Road", "Kalampur Road" };

	private static final String[] STREET_WORDS = { "Gandhi", "Nehru", "Anna", "Kamaraj", "Periyar", "Rajaji", "Netaji",
			"Tagore", "Patel", "Ambedkar", "Ring", "Main", "Mill", "Temple", "Lake", "Station", "Market", "Canal" };

	private static final String[] TR_STREETS = { "Atatürk", "Cumhuriyet", "İstiklal", "Fatih", "Gazi", "İnönü", "Mevlana",
			"Yunus Emre", "Barış", "Zafer" };

	private static final String[] PT_STREETS = { "Rua da Indústria", "Rua do Comércio", "Avenida da Liberdade",
			"Rua de São Tiago", "Rua Nova", "Travessa da Fábrica", "Rua das Flores", "Rua do Sol" };

	private static final String[] RO_STREETS = { "Fabricii", "Industriei", "Unirii", "Libertății", "Mihai Viteazu",
			"Ștefan cel Mare", "Morii", "Gării" };

	private static final String[] BG_STREETS = { "Industrialna", "Targovska", "Vasil Levski", "Hristo Botev", "Tsar Osvoboditel",
			"Rakovski", "Pirinska", "Slavyanska" };

	private static final String[] VILLAGES_BD = { "Nayapara", "Zirani", "Baroipara", "Kathgora", "Pukurpar", "Dogri",
			"Bhadam", "Gilarchala", "Sardagonj", "Mouchak", "Ghoshpara", "Kumarpara" };

	private static final String[] CN_ROADS = { "Jinhai", "Renmin", "Zhongshan", "Jiefang", "Xinhua", "Gongye", "Chuangye",
			"Huanghe", "Changjiang", "Dongfang", "Heping", "Xingfu" };

	static {
		String[] bdBrands = { "Rahman", "Karim", "Hossain", "Alam", "Anwar", "Meghna", "Padma", "Jamuna", "Purbani", "Shanta",
				"Ananta", "Akij", "Fakir", "Hamim", "Envoy", "Epyllion", "Mohammadi", "Sonar Bangla", "Tusuka", "Snowtex",
				"Opex", "Sinha", "Pacific", "Asrotex", "Aman", "Babylon", "Chaity", "Fariha", "Giant", "Interstoff", "Jinnat",
				"Masco", "Nassa", "Norban", "Pioneer", "Rupa", "Shasha", "Tarasima", "Urmi", "Vintage", "Windy", "Zaber",
				"Star", "Crown", "Royal", "Eastern", "Northern", "Golden", "Green", "Blue", "Silver", "Diamond", "Unique",
				"Modern", "Standard", "Classic", "Dream", "Sun", "Moon", "Delta", "Lotus", "Rose", "Islam", "Sarker",
				"Chowdhury", "Talukder", "Mondol", "Bhuiyan", "Haque", "Kabir", "Mamun", "Nasir", "Rashid", "Sufia",
				"Tanaz", "Nahar", "Ria", "Mim", "Shirin", "Lamisa", "Orchid", "Tulip", "Sapphire", "Emerald", "Ruby",
				"Pearl", "Coral", "Ocean", "River", "Sky", "Horizon", "Apex", "Zenith", "Summit", "Pinnacle", "Liberty",
				"Victory", "Prime", "Alpha", "Beta", "Omega", "Fortune", "Lucky", "Shapla", "Doel", "Kapotakkho",
				"Bengal", "Desh", "Shonar", "Nitol", "Noor", "Mahin", "Sayem", "Tahsin", "Rifat", "Arman" };
		String[] bdIndustries = { "Apparels", "Garments", "Knit Composite", "Knitwear", "Fashions", "Sweaters", "Denims",
				"Textile Mills", "Dyeing & Printing", "Washing Plant", "Knit Fabrics", "Designs", "Styles", "Attires",
				"Clothing", "Knit Garments", "Apparel Manufacturing", "Accessories", "Spinning Mills", "Leather Products",
				"Footwear" };
		Place[] bdPlaces = { place(24.03, 90.37, "Kashimpur", "Gazipur Sadar", "Gazipur", "1751"),
				place(24.02, 90.32, "Konabari", "Gazipur Sadar", "Gazipur", "1700"),
				place(23.90, 90.40, "Tongi", "Tongi", "Gazipur", "1710"),
				place(24.20, 90.47, "Mawna", "Sreepur", "Gazipur", "1740"),
				place(24.07, 90.22, "Chandra", "Kaliakoir", "Gazipur", "1750"),
				place(23.90, 90.27, "Jamgora", "Ashulia", "Dhaka", "1349"),
				place(23.80, 90.36, "Mirpur", "Mirpur", "Dhaka", "1216"),
				place(23.87, 90.40, "Uttara", "Uttara", "Dhaka", "1230"),
				place(23.76, 90.40, "Tejgaon Industrial Area", "Tejgaon", "Dhaka", "1208"),
				place(23.85, 90.26, "Savar", "Savar", "Dhaka", "1340"),
				place(23.62, 90.50, "Fatullah", "Narayanganj Sadar", "Narayanganj", "1421"),
				place(23.69, 90.52, "Siddhirganj", "Siddhirganj", "Narayanganj", "1431"),
				place(23.79, 90.55, "Rupganj", "Rupganj", "Narayanganj", "1460"),
				place(22.38, 91.85, "Kalurghat", "Chandgaon", "Chittagong", "4212"),
				place(22.37, 91.82, "Nasirabad", "Panchlaish", "Chittagong", "4210"),
				place(22.39, 91.81, "Bayezid", "Bayezid", "Chittagong", "4211"),
				place(24.38, 90.37, "Bhaluka", "Bhaluka", "Mymensingh", "2240") };
		COUNTRIES.add(new CountryStyle("BD", 25, bdBrands, bdIndustries, new String[] { "Ltd.", "Limited", "Ltd", "(Pvt.) Ltd." },
				"Unit", bdPlaces, SyntheticFacilities::bangladeshAddress));

		String[] inBrands = { "Shahi", "Gokaldas", "Sri Lakshmi", "Sri Balaji", "Ganesh", "Murugan", "Kumar", "Sharma",
				"Gupta", "Agarwal", "Patel", "Mehta", "Shree Ram", "Annai", "Vel", "Saravana", "Krishna", "Ambika", "Jaya",
				"Priya", "Royal", "Eastman", "Poppys", "Tirumala", "Venkateswara", "Sakthi", "Kannan", "Selvam", "Arun",
				"Deepam", "Jyothi", "Laxmi", "Mahalakshmi", "Nandhini", "Pavithra", "Ragav", "Senthil", "Thangam",
				"Vijay", "Yuvan", "Orient", "Indo", "Bharat", "Hind", "Swastik", "Om Sai", "Siddhi", "Vinayaka", "Mayur",
				"Neel", "Kiran", "Suraj", "Chandra", "Tara", "Anand", "Bhavani", "Kaveri", "Ganga", "Narmada", "Himalaya" };
		String[] inIndustries = { "Exports", "Knit Fashions", "Garments", "Apparels", "Textiles", "Clothing Company",
				"Spinning Mills", "Processors", "Leather Exports", "Footwear", "Knitting Mills", "Fabrics", "Creations",
				"Overseas", "Tex", "Hosiery" };
		Place[] inPlaces = { place(11.11, 77.34, "Avinashi Road", "Tiruppur", "Tamil Nadu", "641603"),
				place(11.08, 77.36, "Kangeyam Road", "Tiruppur", "Tamil Nadu", "641604"),
				place(11.05, 77.30, "Palladam Road", "Tiruppur", "Tamil Nadu", "641605"),
				place(13.03, 77.52, "Peenya Industrial Area", "Bengaluru", "Karnataka", "560058"),
				place(12.81, 77.69, "Bommasandra Industrial Area", "Bengaluru", "Karnataka", "560099"),
				place(13.10, 80.16, "Ambattur Industrial Estate", "Chennai", "Tamil Nadu", "600058"),
				place(28.62, 77.38, "Sector 63", "Noida", "Uttar Pradesh", "201301"),
				place(28.50, 77.08, "Udyog Vihar Phase IV", "Gurugram", "Haryana", "122015"),
				place(30.90, 75.85, "Focal Point", "Ludhiana", "Punjab", "141010"),
				place(26.44, 80.38, "Jajmau", "Kanpur", "Uttar Pradesh", "208010"),
				place(12.79, 78.72, "Thuthipet", "Ambur", "Tamil Nadu", "635802"),
				place(27.18, 78.01, "Sikandra", "Agra", "Uttar Pradesh", "282007") };
		COUNTRIES.add(new CountryStyle("IN", 12, inBrands, inIndustries,
				new String[] { "Pvt. Ltd.", "Private Limited", "Pvt Ltd", "Ltd.", "LLP" }, "Unit", inPlaces,
				SyntheticFacilities::indiaAddress));

		String[] pkBrands = { "Nishat", "Interloop", "Masood", "Kohinoor", "Gul Ahmed", "Sapphire", "Crescent", "Artistic",
				"Al-Karam", "Sitara", "Chenab", "Ibrahim", "Fazal", "Hussain", "Sadaqat", "Rafhan", "Ahmed", "Tariq",
				"Bilal", "Faisal", "Hamza", "Usman", "Zubair", "Shafi", "Anwar", "Kamal", "Noor", "Yousuf", "Din",
				"Mehran", "Indus", "Ravi", "Margalla", "Khyber", "Punjab", "Sindh", "Liberty", "Paramount", "Premier",
				"Allied" };
		String[] pkIndustries = { "Textile Mills", "Apparel", "Fabrics", "Hosiery", "Denim", "Garments", "Leather",
				"Knitwear", "Sports", "Processing Mills", "Towels", "Weaving Mills" };
		Place[] pkPlaces = { place(24.83, 67.13, "Korangi Industrial Area", "Karachi", "Sindh", "74900"),
				place(24.90, 66.99, "SITE Area", "Karachi", "Sindh", "75730"),
				place(31.45, 73.13, "Sheikhupura Road", "Faisalabad", "Punjab", "38000"),
				place(31.29, 74.18, "Sundar Industrial Estate", "Lahore", "Punjab", "54000"),
				place(32.49, 74.53, "Small Industrial Estate", "Sialkot", "Punjab", "51310"),
				place(31.52, 74.23, "Multan Road", "Lahore", "Punjab", "54500") };
		COUNTRIES.add(new CountryStyle("PK", 8, pkBrands, pkIndustries,
				new String[] { "(Pvt.) Ltd.", "(Private) Limited", "Ltd.", "Limited" }, "Unit", pkPlaces,
				SyntheticFacilities::pakistanAddress));

		String[] cnSyllables = CHINESE_SYLLABLES;
		String[] cnIndustries = { "Garment", "Knitting", "Textile", "Apparel", "Clothing", "Shoes", "Footwear",
				"Leather Products", "Fashion" };
		Place[] cnPlaces = { place(22.82, 113.67, "Humen Town", "Dongguan", "Guangdong Province", "523900"),
				place(22.93, 113.95, "Dalang Town", "Dongguan", "Guangdong Province", "523770"),
				place(22.97, 114.10, "Changping Town", "Dongguan", "Guangdong Province", "523560"),
				place(22.94, 113.38, "Panyu District", "Guangzhou", "Guangdong Province", "511400"),
				place(23.13, 113.63, "Xintang Town", "Guangzhou", "Guangdong Province", "511340"),
				place(29.82, 121.55, "Yinzhou District", "Ningbo", "Zhejiang Province", "315100"),
				place(30.08, 120.49, "Keqiao District", "Shaoxing", "Zhejiang Province", "312030"),
				place(30.90, 120.64, "Shengze Town", "Suzhou", "Jiangsu Province", "215228"),
				place(36.39, 120.45, "Jimo District", "Qingdao", "Shandong Province", "266200"),
				place(24.78, 118.55, "Jinjiang", "Quanzhou", "Fujian Province", "362200"),
				place(27.99, 120.65, "Ouhai District", "Wenzhou", "Zhejiang Province", "325005") };
		COUNTRIES.add(new CountryStyle("CN", 15, cnSyllables, cnIndustries,
				new String[] { "Co., Ltd.", "Co. Ltd", "Company Limited", "Co.,Ltd" }, "Factory", cnPlaces,
				SyntheticFacilities::chinaAddress));

		String[] vnBrands = { "Việt Tiến", "Nhà Bè", "Phong Phú", "Thành Công", "Hòa Thọ", "Tân Châu", "Đức Giang",
				"Hưng Yên", "Minh Anh", "An Phước", "Sài Gòn", "Bảo Minh", "Phú Hưng", "Hoàng Long", "Thiên Ân", "Đại Phát",
				"Việt Thắng", "Nam Định", "Hà Bắc", "Thắng Lợi", "Tiến Thành", "Hồng Phúc", "Quang Minh", "Phước Thịnh",
				"Trường Sơn", "Bình Minh", "Kim Long", "Sông Hồng", "Hải Phòng", "Đông Á" };
		String[] vnIndustries = { "Garment", "Textile", "Knitting", "Fashion", "Apparel", "Footwear", "Leather" };
		Place[] vnPlaces = { place(10.76, 106.74, "Tan Thuan EPZ", "District 7", "Ho Chi Minh City", ""),
				place(10.86, 106.61, "Tan Binh Industrial Park", "Tan Phu District", "Ho Chi Minh City", ""),
				place(10.93, 106.74, "Song Than Industrial Park", "Di An", "Binh Duong Province", ""),
				place(10.97, 106.86, "Amata Industrial Park", "Bien Hoa", "Dong Nai Province", ""),
				place(20.42, 106.17, "Hoa Xa Industrial Park", "Nam Dinh City", "Nam Dinh Province", ""),
				place(20.94, 106.05, "Pho Noi A Industrial Park", "Van Lam District", "Hung Yen Province", "") };
		COUNTRIES.add(new CountryStyle("VN", 8, vnBrands, vnIndustries,
				new String[] { "Co., Ltd.", "Company Limited", "Joint Stock Company", "JSC" }, "Factory", vnPlaces,
				SyntheticFacilities::lotAddress));

		String[] khBrands = { "Quint Major", "Hung Wah", "Yakjin", "Sabrina", "Tai Yar", "Kingmaker", "New Archid",
				"Shen Zhou", "Grand Twins", "Eastex", "Can Sports", "Evergreen", "Golden Harvest", "Dragon", "Phoenix",
				"Angkor", "Mekong", "Bayon", "Tonle", "Khmer", "Sovann", "Rithy", "Sokha", "Vattanac", "Chea", "Heng",
				"Lim", "Seng", "Tan", "Wing" };
		String[] khIndustries = { "Garment", "Apparel", "Knitting", "Textile", "Footwear", "Fashion" };
		Place[] khPlaces = { place(11.55, 104.84, "Sangkat Kantouk", "Khan Posenchey", "Phnom Penh", ""),
				place(11.52, 104.82, "Sangkat Chaom Chau", "Khan Posenchey", "Phnom Penh", ""),
				place(11.60, 104.87, "Sangkat Toul Sangke", "Khan Russey Keo", "Phnom Penh", ""),
				place(11.08, 106.17, "Manhattan SEZ", "Bavet", "Svay Rieng", ""),
				place(11.46, 104.72, "Phum Chhuk", "Kandal Stueng", "Kandal", "") };
		COUNTRIES.add(new CountryStyle("KH", 5, khBrands, khIndustries,
				new String[] { "(Cambodia) Co., Ltd.", "Co., Ltd.", "(Cambodia) Ltd." }, "Factory", khPlaces,
				SyntheticFacilities::cambodiaAddress));

		String[] trBrands = { "Yeşim", "Özak", "Kipaş", "Sanko", "Korteks", "Bossa", "Çalık", "Akın", "Ege", "Gürteks",
				"Uğur", "Elif", "Mavi", "Başak", "Özen", "Yıldız", "Aydın", "Şahin", "Çelik", "Doğan", "Karaca", "Erdem",
				"Güneş", "Işık", "Köksal", "Öztürk", "Sarıkaya", "Tuna", "Ünal", "Yücel", "Ak", "Bahar", "Derin", "Ekin",
				"Filiz", "Gökçe" };
		String[] trIndustries = { "Tekstil", "Örme", "Konfeksiyon", "Giyim", "Boya Apre", "Deri", "Ayakkabı",
				"Örme Tekstil", "Hazır Giyim" };
		Place[] trPlaces = { place(41.16, 27.80, "Çorlu Deri OSB", "Çorlu", "Tekirdağ", "59860"),
				place(37.78, 29.08, "Denizli OSB", "Merkezefendi", "Denizli", "20330"),
				place(41.03, 28.67, "Mimar Sinan Mah.", "Esenyurt", "İstanbul", "34510"),
				place(40.22, 28.98, "Nilüfer OSB", "Nilüfer", "Bursa", "16140"),
				place(37.11, 37.38, "Başpınar OSB", "Şehitkamil", "Gaziantep", "27600"),
				place(38.17, 27.35, "Torbalı OSB", "Torbalı", "İzmir", "35860"),
				place(38.68, 29.40, "Uşak OSB", "Merkez", "Uşak", "64300") };
		COUNTRIES.add(new CountryStyle("TR", 8, trBrands, trIndustries,
				new String[] { "San. ve Tic. A.Ş.", "Sanayi ve Ticaret A.Ş.", "Ltd. Şti.", "A.Ş.", "Tic. Ltd. Şti." },
				"Fabrika", trPlaces, SyntheticFacilities::turkeyAddress));

		String[] idBrands = { "Pan Brothers", "Sri Rejeki", "Ungaran Sari", "Eratex", "Bina Busana", "Hoga Reksa", "Kahatex",
				"Sinar", "Mulia", "Jaya", "Abadi", "Sejahtera", "Makmur", "Indah", "Karya", "Mitra", "Cahaya", "Putra",
				"Sentosa", "Lestari", "Surya", "Bintang", "Mega", "Prima", "Citra", "Dharma", "Gemilang", "Harapan",
				"Kencana", "Nusantara" };
		String[] idIndustries = { "Garmindo", "Textile Industries", "Apparel Indonesia", "Busana", "Mode", "Garment",
				"Tekstil", "Knitting", "Footwear", "Shoes Industry" };
		Place[] idPlaces = { place(-6.40, 106.85, "Cimanggis", "Depok", "Jawa Barat", "16451"),
				place(-6.93, 107.60, "Dayeuhkolot", "Kabupaten Bandung", "Jawa Barat", "40258"),
				place(-7.13, 110.40, "Ungaran", "Kabupaten Semarang", "Jawa Tengah", "50511"),
				place(-6.20, 106.55, "Cikupa", "Kabupaten Tangerang", "Banten", "15710"),
				place(-7.55, 110.83, "Sukoharjo", "Kabupaten Sukoharjo", "Jawa Tengah", "57552"),
				place(-6.30, 107.15, "Cikarang", "Kabupaten Bekasi", "Jawa Barat", "17530") };
		COUNTRIES.add(new CountryStyle("ID", 6, idBrands, idIndustries, new String[] { "", "Tbk", "" }, "Unit", idPlaces,
				SyntheticFacilities::indonesiaAddress));

		String[] mmBrands = { "Shwe", "Myanmar", "Golden Land", "Aye", "Htoo", "Kyaw", "Mya", "Thiri", "Zaw", "Lin",
				"Win", "Hla", "Nay", "Yadanar", "Pyae", "Sein", "Thant", "Ko Ko", "Ruby", "Jade" };
		String[] mmIndustries = { "Garment", "Apparel", "Knitting", "Fashion", "Textile" };
		Place[] mmPlaces = { place(16.87, 96.06, "Hlaing Tharyar Industrial Zone", "Hlaing Tharyar Township", "Yangon", ""),
				place(16.95, 96.10, "Shwe Pyi Thar Industrial Zone", "Shwe Pyi Thar Township", "Yangon", ""),
				place(16.98, 96.15, "Mingaladon Industrial Park", "Mingaladon Township", "Yangon", ""),
				place(16.65, 96.27, "Thilawa SEZ", "Thanlyin Township", "Yangon", "") };
		COUNTRIES.add(new CountryStyle("MM", 3, mmBrands, mmIndustries, new String[] { "Co., Ltd.", "Company Limited" },
				"Factory", mmPlaces, SyntheticFacilities::plotZoneAddress));

		String[] lkBrands = { "Hirdaramani", "Hela", "Timex", "Omega Line", "Star", "Jay Jay", "Smart Shirts", "Ocean Lanka",
				"Lanka", "Ceylon", "Serendib", "Kandy", "Nuwara", "Perera", "Fernando", "Silva", "Wijesinghe",
				"Jayawardena", "Ranasinghe", "Bandara" };
		String[] lkIndustries = { "Garments", "Apparel", "Clothing", "Knitting Mills", "Intimates", "Textiles" };
		Place[] lkPlaces = { place(7.16, 79.88, "Katunayake EPZ", "Katunayake", "Gampaha", "11450"),
				place(6.95, 79.98, "Biyagama EPZ", "Biyagama", "Gampaha", "11650"),
				place(6.03, 80.30, "Koggala EPZ", "Koggala", "Galle", "80630"),
				place(6.72, 80.06, "Horana Road", "Horana", "Kalutara", "12400"),
				place(7.49, 80.36, "Kandy Road", "Kurunegala", "Kurunegala", "60000") };
		COUNTRIES.add(new CountryStyle("LK", 4, lkBrands, lkIndustries, new String[] { "(Pvt) Ltd", "(Private) Limited", "PLC" },
				"Unit", lkPlaces, SyntheticFacilities::sriLankaAddress));

		String[] etBrands = { "Abyssinia", "Addis", "Ethio", "Habesha", "Selam", "Tana", "Abay", "Lucy", "Sheba",
				"Entoto", "Awash", "Rift Valley", "Blue Nile", "Meskel", "Yirgalem" };
		String[] etIndustries = { "Garment", "Textile", "Apparel Manufacturing", "Leather", "Footwear" };
		Place[] etPlaces = { place(7.05, 38.48, "Hawassa Industrial Park", "Hawassa", "Sidama", ""),
				place(8.95, 38.85, "Bole Lemi Industrial Park", "Bole", "Addis Ababa", ""),
				place(13.48, 39.50, "Mekelle Industrial Park", "Mekelle", "Tigray", ""),
				place(11.08, 39.73, "Kombolcha Industrial Park", "Kombolcha", "Amhara", "") };
		COUNTRIES.add(new CountryStyle("ET", 2, etBrands, etIndustries, new String[] { "PLC", "Share Company", "P.L.C." },
				"Shed", etPlaces, SyntheticFacilities::shedAddress));

		String[] ptBrands = { "Riopele", "Lameirinho", "Coelima", "Petratex", "Impetus", "Somelos", "Calvelex", "Becri",
				"Dielmar", "Gonçalves", "Ferreira", "Pereira", "Costa", "Martins", "Sousa", "Fernandes", "Lopes",
				"Marques", "Simões", "Conceição" };
		String[] ptIndustries = { "Confecções", "Têxtil", "Malhas", "Calçado", "Tecidos", "Vestuário" };
		Place[] ptPlaces = { place(41.41, -8.52, "Vila Nova de Famalicão", "", "", "4760-"),
				place(41.44, -8.29, "Guimarães", "", "", "4800-"), place(41.53, -8.62, "Barcelos", "", "", "4750-"),
				place(41.34, -8.47, "Santo Tirso", "", "", "4780-"), place(41.36, -8.20, "Felgueiras", "", "", "4610-"),
				place(40.90, -8.49, "São João da Madeira", "", "", "3700-") };
		COUNTRIES.add(new CountryStyle("PT", 3, ptBrands, ptIndustries, new String[] { "Lda.", "S.A.", "Unipessoal Lda." },
				"Unidade", ptPlaces, SyntheticFacilities::portugalAddress));

		String[] roBrands = { "Romtex", "Carpatex", "Dacia", "Moldova", "Transilvania", "Bucovina", "Siret", "Mureș",
				"Olt", "Prut", "Ionescu", "Popescu", "Stoica", "Munteanu", "Constantin", "Dumitru" };
		String[] roIndustries = { "Confecții", "Textile", "Tricotaje", "Încălțăminte", "Fashion" };
		Place[] roPlaces = { place(46.77, 23.59, "Cluj-Napoca", "Cluj", "", ""),
				place(45.75, 21.23, "Timișoara", "Timiș", "", ""), place(47.16, 27.59, "Iași", "Iași", "", ""),
				place(46.57, 26.91, "Bacău", "Bacău", "", ""), place(47.75, 26.67, "Botoșani", "Botoșani", "", "") };
		COUNTRIES.add(new CountryStyle("RO", 2, roBrands, roIndustries, new String[] { "SRL", "S.R.L.", "SA" }, "Fabrica",
				roPlaces, SyntheticFacilities::romaniaAddress));

		String[] bgBrands = { "Pirin", "Rila", "Vitosha", "Balkan", "Struma", "Maritsa", "Rodopa", "Dunav", "Tundzha",
				"Yantra", "Strandzha", "Osogovo" };
		String[] bgIndustries = { "Tex", "Moda", "Konfektsia", "Trikotazh", "Obuvki" };
		Place[] bgPlaces = { place(41.57, 23.73, "Gotse Delchev", "Blagoevgrad", "", "2900"),
				place(42.02, 23.09, "Blagoevgrad", "Blagoevgrad", "", "2700"),
				place(42.43, 23.81, "Samokov", "Sofia", "", "2000"), place(42.15, 24.75, "Plovdiv", "Plovdiv", "", "4000") };
		COUNTRIES.add(new CountryStyle("BG", 1, bgBrands, bgIndustries, new String[] { "Ltd.", "EOOD", "OOD", "AD" }, "Tsekh",
				bgPlaces, SyntheticFacilities::bulgariaAddress));
	}

	private final Random random;

	private final int[] cumulative;

	private final int total;

	public SyntheticFacilities(long seed) {
		this.random = new Random(seed);
		this.cumulative = new int[COUNTRIES.size()];
		int sum = 0;
		for (int i = 0; i < COUNTRIES.size(); i++) {
			sum += COUNTRIES.get(i).weight();
			cumulative[i] = sum;
		}
		this.total = sum;
	}

	Random random() {
		return random;
	}

	static CountryStyle style(String country) {
		for (CountryStyle c : COUNTRIES) {
			if (c.code().equals(country)) {
				return c;
			}
		}
		throw new IllegalArgumentException(country);
	}

	/** A country drawn by the sector's weights. */
	CountryStyle country() {
		int x = random.nextInt(total);
		for (int i = 0; i < cumulative.length; i++) {
			if (x < cumulative[i]) {
				return COUNTRIES.get(i);
			}
		}
		return COUNTRIES.get(0);
	}

	/** One new facility (no unit) in a country drawn by weight. */
	public Facility next(long key) {
		return next(key, country());
	}

	Facility next(long key, CountryStyle c) {
		int placeIndex = random.nextInt(c.places().length);
		return at(key, c, brand(c), pick(c.industries()), placeIndex);
	}

	Facility at(long key, CountryStyle c, String brand, String industry, int placeIndex) {
		Place p = c.places()[placeIndex];
		List<String> address = c.pattern().address(random, p);
		Double lat = null;
		Double lng = null;
		if (random.nextInt(100) < 40) {
			lat = round(p.lat() + (random.nextDouble() - 0.5) * 0.06);
			lng = round(p.lng() + (random.nextDouble() - 0.5) * 0.06);
		}
		String legal = pick(c.legals());
		String name = brand;
		if (c.code().equals("CN")) {
			name = p.parts()[1] + " " + brand;
		}
		else if (c.code().equals("VN") && random.nextBoolean()) {
			name = brand;
		}
		if (c.code().equals("ID")) {
			name = "PT " + brand;
		}
		if (c.code().equals("RO") && random.nextBoolean()) {
			name = "SC " + brand;
		}
		return new Facility(key, c.code(), name, industry, legal, "", address, placeIndex, lat, lng);
	}

	String brand(CountryStyle c) {
		if (c.code().equals("CN")) {
			return pick(c.brands()) + pick(c.brands()).toLowerCase(java.util.Locale.ROOT);
		}
		String first = pick(c.brands());
		int roll = random.nextInt(100);
		if (roll < 55) {
			String second = pick(c.brands());
			return second.equals(first) ? first : first + " " + second;
		}
		return first;
	}

	String pick(String[] options) {
		return options[random.nextInt(options.length)];
	}

	int number(int max) {
		return 1 + random.nextInt(max);
	}

	static Place place(double lat, double lng, String... parts) {
		return new Place(parts, lat, lng);
	}

	private static double round(double v) {
		return Math.round(v * 1e5) / 1e5;
	}

	// --------------------------------------------------------------- address patterns

	private static List<String> bangladeshAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		switch (r.nextInt(4)) {
			case 0 -> {
				a.add("Plot " + (1 + r.nextInt(400)));
				a.add("Road " + (1 + r.nextInt(30)));
				a.add("Sector " + (1 + r.nextInt(14)));
				a.add(x[0]);
				a.add(x[2] + " " + x[3]);
			}
			case 1 -> {
				a.add("Holding " + (1 + r.nextInt(900)));
				a.add(ROADS_BD[r.nextInt(ROADS_BD.length)]);
				a.add(x[0]);
				a.add(x[1]);
				a.add(x[2] + " " + x[3]);
			}
			case 2 -> {
				a.add("Vill: " + VILLAGES_BD[r.nextInt(VILLAGES_BD.length)]);
				a.add("Union: " + VILLAGES_BD[r.nextInt(VILLAGES_BD.length)]);
				a.add("Upazila: " + x[1]);
				a.add("District: " + x[2]);
			}
			default -> {
				a.add("House " + (1 + r.nextInt(120)));
				a.add("Road " + (1 + r.nextInt(20)));
				a.add("Block " + (char) ('A' + r.nextInt(8)));
				a.add(x[0]);
				a.add(x[2] + "-" + x[3]);
			}
		}
		return a;
	}

	private static List<String> indiaAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		if (r.nextBoolean()) {
			a.add("No. " + (1 + r.nextInt(300)) + "/" + (1 + r.nextInt(20)));
			a.add(STREET_WORDS[r.nextInt(STREET_WORDS.length)] + " Street");
		}
		else {
			a.add("Plot No. " + (1 + r.nextInt(200)));
			a.add(STREET_WORDS[r.nextInt(STREET_WORDS.length)] + " Nagar");
		}
		a.add(x[0]);
		a.add(x[1]);
		a.add(x[2] + " " + x[3]);
		return a;
	}

	private static List<String> pakistanAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		if (x[0].endsWith("Road")) {
			a.add((1 + r.nextInt(40)) + " Km");
			a.add(x[0]);
		}
		else {
			a.add("Plot " + (char) ('A' + r.nextInt(6)) + "-" + (1 + r.nextInt(300)));
			a.add("Sector " + (1 + r.nextInt(30)));
			a.add(x[0]);
		}
		a.add(x[1]);
		a.add(x[2] + " " + x[3]);
		return a;
	}

	private static List<String> chinaAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add("No. " + (1 + r.nextInt(600)) + " " + CN_ROADS[r.nextInt(CN_ROADS.length)] + " Road");
		a.add(x[0]);
		a.add(x[1]);
		a.add(x[2] + " " + x[3]);
		return a;
	}

	private static List<String> lotAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add("Lot " + (char) ('A' + r.nextInt(8)) + (1 + r.nextInt(40)));
		a.add(x[0]);
		a.add(x[1]);
		a.add(x[2]);
		return a;
	}

	private static List<String> cambodiaAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		if (r.nextBoolean()) {
			a.add("National Road No. " + (1 + r.nextInt(6)));
		}
		else {
			a.add("Street " + (100 + r.nextInt(900)));
		}
		a.add("Phum " + (new String[] { "Trapeang Thloeng", "Prey Sor", "Damnak Thom", "Ou Baek K'am", "Kouk Roka" })[r.nextInt(5)]);
		a.add(x[0]);
		a.add(x[1]);
		a.add(x[2]);
		return a;
	}

	private static List<String> turkeyAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		if (x[0].contains("OSB")) {
			a.add(x[0]);
			a.add((1 + r.nextInt(30)) + ". Cadde No: " + (1 + r.nextInt(80)));
		}
		else {
			a.add(x[0]);
			a.add(TR_STREETS[r.nextInt(TR_STREETS.length)] + " Cad. No: " + (1 + r.nextInt(200)));
		}
		a.add(x[3] + " " + x[1]);
		a.add(x[2]);
		return a;
	}

	private static List<String> indonesiaAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add("Jl. Raya " + x[0] + " Km. " + (1 + r.nextInt(40)));
		a.add("Kec. " + x[0]);
		a.add(x[1]);
		a.add(x[2] + " " + x[3]);
		return a;
	}

	private static List<String> plotZoneAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add("Plot " + (1 + r.nextInt(200)));
		a.add(x[0]);
		a.add(x[1]);
		a.add(x[2]);
		return a;
	}

	private static List<String> sriLankaAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add("No. " + (1 + r.nextInt(300)));
		a.add(x[0]);
		a.add(x[1] + " " + x[3]);
		return a;
	}

	private static List<String> shedAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add("Shed " + (1 + r.nextInt(60)));
		a.add(x[0]);
		a.add(x[1]);
		a.add(x[2]);
		return a;
	}

	private static List<String> portugalAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add(PT_STREETS[r.nextInt(PT_STREETS.length)] + ", " + (1 + r.nextInt(900)));
		a.add(x[3] + String.format("%03d", r.nextInt(1000)) + " " + x[0]);
		return a;
	}

	private static List<String> romaniaAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add("Str. " + RO_STREETS[r.nextInt(RO_STREETS.length)] + " nr. " + (1 + r.nextInt(150)));
		a.add(x[0]);
		a.add("jud. " + x[1]);
		return a;
	}

	private static List<String> bulgariaAddress(Random r, Place p) {
		List<String> a = new ArrayList<>();
		String[] x = p.parts();
		a.add("ul. " + BG_STREETS[r.nextInt(BG_STREETS.length)] + " " + (1 + r.nextInt(120)));
		a.add(x[3] + " " + x[0]);
		return a;
	}

}
