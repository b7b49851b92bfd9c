"""Units, people and project topics used by the samples, as data.

Names of real institutions are used as they are publicly written; addresses
are approximate and every person, e-mail and amount is invented. ``names``
maps a language to the unit's name in it; a missing language falls back along
``NAME_FALLBACK``, which is how such agreements usually handle it (a Kazakh
text often names a Chinese partner in its Russian form).
"""
from __future__ import annotations

NAME_FALLBACK: dict[str, list[str]] = {
    "kk": ["ru", "en"], "ky": ["ru", "en"], "tg": ["ru", "en"], "mn": ["ru", "en"],
    "uz": ["en"], "tk": ["en"], "ur": ["en"], "ru": ["en"], "en": [], "zh": ["en"],
}

DOMESTIC: dict[str, dict] = {
    "XJU": {"names": {"zh": "新疆大学", "en": "Xinjiang University", "ru": "Синьцзянский университет",
                      "kk": "Шыңжаң университеті", "uz": "Shinjon universiteti", "ky": "Шинжаң университети",
                      "tg": "Донишгоҳи Шинҷон", "mn": "Шинжааны их сургууль", "tk": "Sinszýan uniwersiteti",
                      "ur": "سنکیانگ یونیورسٹی"},
            "address": {"zh": "新疆乌鲁木齐市天山区胜利路666号", "en": "666 Shengli Road, Urumqi, Xinjiang, China"},
            "email": "sco-coop@xju.example.cn", "kind": "university", "region": "xinjiang"},
    "XAU": {"names": {"zh": "新疆农业大学", "en": "Xinjiang Agricultural University",
                      "ru": "Синьцзянский аграрный университет", "kk": "Шыңжаң аграрлық университеті",
                      "uz": "Shinjon agrar universiteti", "ky": "Шинжаң агрардык университети",
                      "tg": "Донишгоҳи аграрии Шинҷон", "mn": "Шинжааны хөдөө аж ахуйн их сургууль",
                      "tk": "Sinszýan oba hojalyk uniwersiteti", "ur": "سنکیانگ زرعی یونیورسٹی"},
            "address": {"zh": "新疆乌鲁木齐市沙依巴克区农大东路311号", "en": "311 Nongda East Road, Urumqi, Xinjiang, China"},
            "email": "intl-office@xjau.example.cn", "kind": "university", "region": "xinjiang"},
    "XIEG": {"names": {"zh": "中国科学院新疆生态与地理研究所",
                       "en": "Xinjiang Institute of Ecology and Geography, Chinese Academy of Sciences",
                       "ru": "Синьцзянский институт экологии и географии Китайской академии наук"},
             "address": {"zh": "新疆乌鲁木齐市北京南路818号", "en": "818 South Beijing Road, Urumqi, Xinjiang, China"},
             "email": "coop@xieg.example.cn", "kind": "institute", "region": "xinjiang"},
    "XMU": {"names": {"zh": "新疆医科大学", "en": "Xinjiang Medical University",
                      "ru": "Синьцзянский медицинский университет"},
            "address": {"zh": "新疆乌鲁木齐市新医路567号", "en": "567 Xinyi Road, Urumqi, Xinjiang, China"},
            "email": "kjc@xjmu.example.cn", "kind": "university", "region": "xinjiang"},
    "SHZU": {"names": {"zh": "石河子大学", "en": "Shihezi University", "ru": "Шихэцзыский университет"},
             "address": {"zh": "新疆石河子市北四路221号", "en": "221 North 4th Road, Shihezi, Xinjiang, China"},
             "email": "sco@shzu.example.cn", "kind": "university", "region": "xinjiang"},
    "TARU": {"names": {"zh": "塔里木大学", "en": "Tarim University", "ru": "Таримский университет"},
             "address": {"zh": "新疆阿拉尔市塔里木大道705号", "en": "705 Tarim Avenue, Alar, Xinjiang, China"},
             "email": "gjc@taru.example.cn", "kind": "university", "region": "xinjiang"},
    "XAAS": {"names": {"zh": "新疆农业科学院", "en": "Xinjiang Academy of Agricultural Sciences",
                       "ru": "Синьцзянская академия сельскохозяйственных наук"},
             "address": {"zh": "新疆乌鲁木齐市南昌路403号", "en": "403 Nanchang Road, Urumqi, Xinjiang, China"},
             "email": "kyc@xaas.example.cn", "kind": "institute", "region": "xinjiang"},
    "XTIPC": {"names": {"zh": "中国科学院新疆理化技术研究所",
                        "en": "Xinjiang Technical Institute of Physics and Chemistry, CAS",
                        "ru": "Синьцзянский технический институт физики и химии КАН"},
              "address": {"zh": "新疆乌鲁木齐市北京南路40号附1号", "en": "40-1 South Beijing Road, Urumqi, China"},
              "email": "office@xtipc.example.cn", "kind": "institute", "region": "xinjiang"},
    "OASIS": {"names": {"zh": "新疆绿洲节水科技有限公司", "en": "Xinjiang Oasis Water-Saving Technology Co., Ltd."},
              "address": {"zh": "新疆昌吉市高新区科技路18号", "en": "18 Keji Road, Changji, Xinjiang, China"},
              "email": "rd@oasis-ws.example.cn", "kind": "company", "region": "xinjiang"},
    "CAU": {"names": {"zh": "中国农业大学", "en": "China Agricultural University", "ru": "Китайский аграрный университет"},
            "address": {"zh": "北京市海淀区圆明园西路2号", "en": "2 Yuanmingyuan West Road, Beijing, China"},
            "email": "sco@cau.example.cn", "kind": "university", "region": "other"},
}

FOREIGN: dict[str, dict] = {
    "KAZNU": {"country": "KZ", "native": "kk", "abbr": "ҚазҰУ",
              "names": {"kk": "Әл-Фараби атындағы Қазақ ұлттық университеті",
                        "ru": "Казахский национальный университет имени аль-Фараби",
                        "en": "Al-Farabi Kazakh National University", "zh": "阿里-法拉比哈萨克国立大学"},
              "address": {"kk": "Алматы қ., әл-Фараби даңғылы, 71", "ru": "г. Алматы, пр. аль-Фараби, 71",
                          "en": "71 al-Farabi Ave., Almaty, Kazakhstan"}},
    "KAZNARU": {"country": "KZ", "native": "kk", "abbr": "ҚазҰАЗУ",
                "names": {"kk": "Қазақ ұлттық аграрлық зерттеу университеті",
                          "ru": "Казахский национальный аграрный исследовательский университет",
                          "en": "Kazakh National Agrarian Research University", "zh": "哈萨克国立农业研究大学"},
                "address": {"kk": "Алматы қ., Абай даңғылы, 8", "ru": "г. Алматы, пр. Абая, 8",
                            "en": "8 Abai Ave., Almaty, Kazakhstan"}},
    "TSAU": {"country": "UZ", "native": "uz", "abbr": "TDAU",
             "names": {"uz": "Toshkent davlat agrar universiteti", "ru": "Ташкентский государственный аграрный университет",
                       "en": "Tashkent State Agrarian University", "zh": "塔什干国立农业大学"},
             "address": {"uz": "Toshkent sh., Universitet koʻchasi, 2", "ru": "г. Ташкент, ул. Университетская, 2",
                         "en": "2 Universitet St., Tashkent, Uzbekistan"}},
    "NUUZ": {"country": "UZ", "native": "uz", "abbr": "OʻzMU",
             "names": {"uz": "Mirzo Ulugʻbek nomidagi Oʻzbekiston Milliy universiteti",
                       "ru": "Национальный университет Узбекистана имени Мирзо Улугбека",
                       "en": "National University of Uzbekistan", "zh": "乌兹别克斯坦国立大学"},
             "address": {"uz": "Toshkent sh., Universitet koʻchasi, 4", "en": "4 Universitet St., Tashkent, Uzbekistan"}},
    "KNAU": {"country": "KG", "native": "ky", "abbr": "КУАУ",
             "names": {"ky": "К.И. Скрябин атындагы Кыргыз улуттук агрардык университети",
                       "ru": "Кыргызский национальный аграрный университет имени К.И. Скрябина",
                       "en": "Kyrgyz National Agrarian University", "zh": "吉尔吉斯国立农业大学"},
             "address": {"ky": "Бишкек ш., Медеров көч., 68", "ru": "г. Бишкек, ул. Медерова, 68",
                         "en": "68 Mederov St., Bishkek, Kyrgyzstan"}},
    "KNU": {"country": "KG", "native": "ky", "abbr": "КУУ",
            "names": {"ky": "Жусуп Баласагын атындагы Кыргыз улуттук университети",
                      "ru": "Кыргызский национальный университет имени Жусупа Баласагына",
                      "en": "Kyrgyz National University", "zh": "吉尔吉斯国立大学"},
            "address": {"ky": "Бишкек ш., Фрунзе көч., 547", "en": "547 Frunze St., Bishkek, Kyrgyzstan"}},
    "TNU": {"country": "TJ", "native": "tg", "abbr": "ДМТ",
            "names": {"tg": "Донишгоҳи миллии Тоҷикистон", "ru": "Таджикский национальный университет",
                      "en": "Tajik National University", "zh": "塔吉克国立大学"},
            "address": {"tg": "ш. Душанбе, хиёбони Рӯдакӣ, 17", "ru": "г. Душанбе, пр. Рудаки, 17",
                        "en": "17 Rudaki Ave., Dushanbe, Tajikistan"}},
    "NUM": {"country": "MN", "native": "mn", "abbr": "МУИС",
            "names": {"mn": "Монгол Улсын Их Сургууль", "ru": "Монгольский государственный университет",
                      "en": "National University of Mongolia", "zh": "蒙古国立大学"},
            "address": {"mn": "Улаанбаатар, Сүхбаатар дүүрэг, Их сургуулийн гудамж 1",
                        "en": "1 Ikh Surguuliin St., Ulaanbaatar, Mongolia"}},
    "TAU": {"country": "TM", "native": "tk", "abbr": "TOHU",
            "names": {"tk": "S.A. Nyýazow adyndaky Türkmen oba hojalyk uniwersiteti",
                      "ru": "Туркменский сельскохозяйственный университет имени С.А. Ниязова",
                      "en": "Turkmen Agricultural University", "zh": "土库曼斯坦农业大学"},
             "address": {"tk": "Aşgabat ş., Görogly köçesi, 62", "en": "62 Gorogly St., Ashgabat, Turkmenistan"}},
    "UAF": {"country": "PK", "native": "ur", "abbr": "UAF",
            "names": {"ur": "زرعی یونیورسٹی فیصل آباد", "en": "University of Agriculture, Faisalabad",
                      "ru": "Сельскохозяйственный университет Фейсалабада", "zh": "巴基斯坦费萨拉巴德农业大学"},
            "address": {"ur": "جیل روڈ، فیصل آباد، پاکستان", "en": "Jail Road, Faisalabad, Pakistan"}},
    "COMSATS": {"country": "PK", "native": "en", "abbr": "CUI",
                "names": {"en": "COMSATS University Islamabad", "ur": "کامسیٹس یونیورسٹی اسلام آباد",
                          "ru": "Университет COMSATS в Исламабаде", "zh": "巴基斯坦COMSATS大学"},
                "address": {"en": "Park Road, Tarlai Kalan, Islamabad, Pakistan"}},
    "NSU": {"country": "RU", "native": "ru", "abbr": "НГУ",
            "names": {"ru": "Новосибирский государственный университет", "en": "Novosibirsk State University",
                      "zh": "新西伯利亚国立大学"},
            "address": {"ru": "630090, г. Новосибирск, ул. Пирогова, 1", "en": "1 Pirogova St., Novosibirsk, Russia"}},
    "ASU": {"country": "RU", "native": "ru", "abbr": "АлтГУ",
            "names": {"ru": "Алтайский государственный университет", "en": "Altai State University",
                      "zh": "阿尔泰国立大学"},
            "address": {"ru": "656049, г. Барнаул, пр. Ленина, 61", "en": "61 Lenin Ave., Barnaul, Russia"}},
}

# Stamp lines of foreign units besides the name: centre text / department.
STAMP_EXTRA: dict[str, list[str]] = {
    "kk": ["Халықаралық ынтымақтастық департаменті", "Құжаттар үшін"],
    "ru": ["Отдел международного сотрудничества", "Для документов"],
    "en": ["International Relations Office", "OFFICIAL"],
    "uz": ["Xalqaro hamkorlik boʻlimi", "Hujjatlar uchun"],
    "ky": ["Эл аралык байланыштар бөлүмү", "Документтер үчүн"],
    "tg": ["Шӯъбаи робитаҳои байналмилалӣ", "Барои ҳуҷҷатҳо"],
    "mn": ["Гадаад харилцааны хэлтэс", "Бичиг баримтад"],
    "tk": ["Halkara gatnaşyklar bölümi", "Resminamalar üçin"],
    "ur": ["International Linkages Office", "OFFICIAL"],
}

PEOPLE: dict[str, list[dict[str, str]]] = {
    "CN": [{"zh": "王建国", "en": "Wang Jianguo", "ru": "Ван Цзяньго"},
           {"zh": "李晓燕", "en": "Li Xiaoyan", "ru": "Ли Сяоянь"},
           {"zh": "阿不都拉·艾买提", "en": "Abdulla Ahmat", "ru": "Абдулла Ахмат"},
           {"zh": "陈志强", "en": "Chen Zhiqiang", "ru": "Чэнь Чжицян"},
           {"zh": "古丽娜尔·吐尔逊", "en": "Gulnar Tursun", "ru": "Гульнар Турсун"}],
    "KZ": [{"native": "Ерлан Серікбайұлы", "en": "Yerlan Serikbayuly", "ru": "Ерлан Серикбаевич"},
           {"native": "Айгүл Жұмабаева", "en": "Aigul Zhumabayeva", "ru": "Айгуль Жумабаева"}],
    "UZ": [{"native": "Akmal Rahimov", "en": "Akmal Rakhimov", "ru": "Акмаль Рахимов"},
           {"native": "Dilnoza Karimova", "en": "Dilnoza Karimova", "ru": "Дилноза Каримова"}],
    "KG": [{"native": "Бакыт Асанов", "en": "Bakyt Asanov", "ru": "Бакыт Асанов"},
           {"native": "Айгерим Токтосунова", "en": "Aigerim Toktosunova", "ru": "Айгерим Токтосунова"}],
    "TJ": [{"native": "Фирдавс Раҳимов", "en": "Firdavs Rahimov", "ru": "Фирдавс Рахимов"},
           {"native": "Мадина Назарова", "en": "Madina Nazarova", "ru": "Мадина Назарова"}],
    "MN": [{"native": "Г. Батбаяр", "en": "G. Batbayar", "ru": "Г. Батбаяр"},
           {"native": "Д. Оюунчимэг", "en": "D. Oyunchimeg", "ru": "Д. Оюунчимэг"}],
    "TM": [{"native": "Merdan Ataýew", "en": "Merdan Atayev", "ru": "Мердан Атаев"},
           {"native": "Jeren Orazowa", "en": "Jeren Orazova", "ru": "Джерен Оразова"}],
    "PK": [{"native": "محمد عمران", "en": "Muhammad Imran", "ru": "Мухаммад Имран"},
           {"native": "عائشہ خان", "en": "Ayesha Khan", "ru": "Аиша Хан"}],
    "RU": [{"native": "Соколов Игорь Петрович", "en": "Igor Sokolov", "ru": "Соколов Игорь Петрович"},
           {"native": "Морозова Ольга Викторовна", "en": "Olga Morozova", "ru": "Морозова Ольга Викторовна"}],
}

TOPICS: dict[str, dict[str, str]] = {
    "irrigation": {
        "zh": "干旱区节水灌溉与盐碱地改良技术联合研究",
        "en": "Joint Research on Water-Saving Irrigation and Saline Soil Improvement in Arid Zones",
        "ru": "Совместные исследования технологий водосберегающего орошения и мелиорации засоленных почв в аридной зоне",
        "kk": "Құрғақ аймақта суды үнемдейтін суару және сортаң топырақты мелиорациялау технологияларын бірлесіп зерттеу",
        "uz": "Qurgʻoqchil hududlarda suvni tejovchi sugʻorish va shoʻrlangan tuproqlarni yaxshilash texnologiyalarini birgalikda tadqiq etish",
        "ky": "Кургак аймактарда сууну үнөмдөөчү сугаруу жана туздуу топуракты жакшыртуу технологияларын биргелешип изилдөө",
        "tg": "Таҳқиқоти муштараки технологияҳои обёрии каммасраф ва беҳсозии хокҳои шӯр дар минтақаҳои хушк",
        "mn": "Хуурай бүсэд ус хэмнэсэн усалгаа, давсжилттай хөрсийг сайжруулах технологийн хамтарсан судалгаа",
        "tk": "Gurak zolaklarda suwy tygşytlaýan suwaryş we şorlaşan topraklary gowulandyrmak tehnologiýalaryny bilelikde öwrenmek",
        "ur": "خشک علاقوں میں پانی کی بچت والی آبپاشی اور شور زدہ زمین کی بہتری پر مشترکہ تحقیق",
    },
    "medicinal": {
        "zh": "中亚特色药用植物资源评价与开发利用",
        "en": "Evaluation and Development of Characteristic Medicinal Plant Resources of Central Asia",
        "ru": "Оценка и освоение ресурсов характерных лекарственных растений Центральной Азии",
        "kk": "Орталық Азияның ерекше дәрілік өсімдік ресурстарын бағалау және игеру",
        "uz": "Markaziy Osiyoning oʻziga xos dorivor oʻsimlik resurslarini baholash va oʻzlashtirish",
        "ky": "Борбордук Азиянын өзгөчө дарылык өсүмдүк ресурстарын баалоо жана өздөштүрүү",
        "tg": "Арзёбӣ ва азхудкунии захираҳои хоси растаниҳои шифобахши Осиёи Марказӣ",
        "mn": "Төв Азийн өвөрмөц эмийн ургамлын нөөцийн үнэлгээ, ашиглалт",
        "tk": "Merkezi Aziýanyň häsiýetli dermanlyk ösümlik serişdelerine baha bermek we özleşdirmek",
        "ur": "وسطی ایشیا کے مخصوص طبی پودوں کے وسائل کی جانچ اور ترقی",
    },
    "desertification": {
        "zh": "基于人工智能的荒漠化遥感监测技术合作研究",
        "en": "AI-Based Remote Sensing Monitoring of Desertification",
        "ru": "Дистанционный мониторинг опустынивания на основе искусственного интеллекта",
        "kk": "Жасанды интеллект негізінде шөлейттенуді қашықтықтан бақылау",
        "uz": "Sunʼiy intellekt asosida choʻllanishni masofadan monitoring qilish",
        "ky": "Жасалма интеллектке негизделген чөлдөнүүнү аралыктан мониторингдөө",
        "tg": "Мониторинги фосилавии биёбоншавӣ дар асоси зеҳни сунъӣ",
        "mn": "Хиймэл оюун ухаанд суурилсан цөлжилтийн зайнаас тандан судлалын хяналт",
        "tk": "Emeli aňa esaslanýan çölleşmäni uzakdan gözegçilik etmek",
        "ur": "مصنوعی ذہانت پر مبنی صحرا زدگی کی ریموٹ سینسنگ نگرانی",
    },
    "wheat": {
        "zh": "小麦抗旱品种选育与种质资源交换",
        "en": "Breeding of Drought-Tolerant Wheat Varieties and Exchange of Germplasm",
        "ru": "Селекция засухоустойчивых сортов пшеницы и обмен генетическим материалом",
        "kk": "Құрғақшылыққа төзімді бидай сорттарын селекциялау және гермоплазмамен алмасу",
    },
    "echinococcosis": {
        "zh": "包虫病分子诊断与流行病学联合研究",
        "en": "Joint Research on Molecular Diagnosis and Epidemiology of Echinococcosis",
        "ru": "Совместное исследование молекулярной диагностики и эпидемиологии эхинококкоза",
    },
}
TOPIC_MENTIONS: dict[str, list[str]] = {"wheat": ["germplasm_resources"]}

ETHICS_COMMITTEES: dict[str, dict] = {
    "XMU1": {"name": "新疆医科大学第一附属医院医学伦理委员会", "unit": "新疆医科大学第一附属医院",
             "names": {"en": "Medical Ethics Committee of the First Affiliated Hospital of Xinjiang Medical University"}},
    "XJU": {"name": "新疆大学科技伦理委员会", "unit": "新疆大学",
            "names": {"en": "Science and Technology Ethics Committee of Xinjiang University"}},
    # foreign committees: named in their own language, stamped with their university's seal
    "CUI": {"name": "Ethics Review Committee, COMSATS University Islamabad", "unit": "COMSATS University Islamabad",
            "seal_unit": "COMSATS"},
    "ASU": {"name": "Локальный этический комитет Алтайского государственного университета",
            "unit": "Алтайский государственный университет", "seal_unit": "ASU"},
}


def unit_name(unit: dict, lang: str) -> str:
    """A unit's name in a language, falling back as agreements in that language do."""
    names = unit["names"]
    for code in [lang, *NAME_FALLBACK.get(lang, ["en"])]:
        if code in names:
            return names[code]
    return names["en"]


def unit_address(unit: dict, lang: str) -> str:
    """A unit's address in a language, else its English (or native) form."""
    addr = unit["address"]
    for code in [lang, *NAME_FALLBACK.get(lang, []), "en", "ru"]:
        if code in addr:
            return addr[code]
    return next(iter(addr.values()))
