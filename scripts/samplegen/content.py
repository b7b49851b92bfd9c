"""Texts of the sample documents, per language, as data.

Placeholders in braces are filled by ``compose``: {topic}, {fund_a}, {fund_b}
(amounts already formatted for the language), {ratio_a}, {ratio_b}, {years},
{years_ru}, {foreign_zh}. Party labels are written into the texts rather than
substituted, because most of these languages inflect them.

Languages: zh Chinese, en English, ru Russian, kk Kazakh, uz Uzbek (Latin),
ky Kyrgyz, tg Tajik, mn Mongolian (Cyrillic), tk Turkmen, ur Urdu.
"""
from __future__ import annotations

LANG_NAMES_ZH = {
    "en": "英文", "ru": "俄文", "kk": "哈萨克文", "uz": "乌兹别克文", "ky": "吉尔吉斯文",
    "tg": "塔吉克文", "mn": "蒙古文", "tk": "土库曼文", "ur": "乌尔都文",
}

TITLES: dict[str, dict[str, list[str]]] = {
    "cooperation": {
        "zh": ["国际科技合作协议", "合作协议", "科技合作协议书", "中外联合研究合作协议"],
        "en": ["Cooperation Agreement", "Agreement on Scientific and Technological Cooperation",
               "Research Cooperation Agreement"],
        "ru": ["Соглашение о сотрудничестве", "Соглашение о научно-техническом сотрудничестве",
               "Договор о научном сотрудничестве"],
        "kk": ["Ынтымақтастық туралы келісім", "Ғылыми-техникалық ынтымақтастық туралы келісім"],
        "uz": ["Hamkorlik toʻgʻrisida shartnoma", "Ilmiy-texnikaviy hamkorlik toʻgʻrisida kelishuv"],
        "ky": ["Кызматташтык жөнүндө келишим", "Илимий-техникалык кызматташтык жөнүндө келишим"],
        "tg": ["Созишнома оид ба ҳамкорӣ", "Созишнома дар бораи ҳамкории илмӣ-техникӣ"],
        "mn": ["Хамтын ажиллагааны гэрээ", "Шинжлэх ухаан, технологийн хамтын ажиллагааны гэрээ"],
        "tk": ["Hyzmatdaşlyk hakynda şertnama", "Ylmy-tehniki hyzmatdaşlyk hakynda şertnama"],
        "ur": ["تعاون کا معاہدہ", "سائنسی و تکنیکی تعاون کا معاہدہ"],
    },
    "ip": {
        "zh": ["知识产权协议", "知识产权归属及成果转化协议"],
        "en": ["Intellectual Property Agreement", "Agreement on Intellectual Property and Commercialisation"],
        "ru": ["Соглашение об интеллектуальной собственности",
               "Соглашение о правах на интеллектуальную собственность"],
    },
    "consortium": {"zh": ["联合申报合作协议", "项目联合申报单位合作协议书"]},
    "ethics": {"zh": ["科技伦理审查意见书", "科技伦理审查报告"]},
}

# Heading formats. {n} arabic number, {cn} Chinese numeral, {title}, {ord} Turkmen suffix.
HEADINGS: dict[str, list[str]] = {
    "zh": ["第{cn}条　{title}", "第{cn}条 {title}", "{cn}、{title}", "{n}. {title}"],
    "en": ["Article {n}. {title}", "Article {n} – {title}", "{n}. {title}", "ARTICLE {n}: {TITLE}"],
    "ru": ["Статья {n}. {title}", "{n}. {title}", "Статья {n}", "{n}. {TITLE}"],
    "kk": ["{n}-бап. {title}", "{n}. {title}"],
    "uz": ["{n}-modda. {title}", "{n}. {title}"],
    "ky": ["{n}-берене. {title}", "{n}. {title}"],
    "tg": ["Моддаи {n}. {title}", "{n}. {title}"],
    "mn": ["{n}-р зүйл. {title}", "Зүйл {n}. {title}"],
    "tk": ["{n}-{ord} madda. {title}", "{n}. {title}"],
    "ur": ["دفعہ {n}: {title}", "شق {n} - {title}"],
}
TK_ORDINAL = {1: "nji", 2: "nji", 3: "nji", 4: "nji", 5: "nji", 6: "njy", 7: "nji", 8: "nji",
              9: "njy", 10: "njy", 11: "nji", 12: "nji"}

PARTY_LABELS: dict[str, tuple[str, str]] = {
    "zh": ("甲方", "乙方"), "en": ("Party A", "Party B"), "ru": ("Сторона 1", "Сторона 2"),
    "kk": ("Бірінші тарап", "Екінші тарап"), "uz": ("Birinchi tomon", "Ikkinchi tomon"),
    "ky": ("Биринчи тарап", "Экинчи тарап"), "tg": ("Тарафи якум", "Тарафи дуюм"),
    "mn": ("Нэгдүгээр тал", "Хоёрдугаар тал"), "tk": ("Birinji tarap", "Ikinji tarap"),
    "ur": ("فریق اول", "فریق دوم"),
}
ZH_EXTRA_PARTIES = ["丙方", "丁方", "戊方", "己方", "庚方"]

PARTY_FIELDS: dict[str, dict[str, str]] = {
    "zh": {"address": "地址", "rep": "法定代表人", "contact": "联系人", "email": "电子邮箱"},
    "en": {"address": "Address", "rep": "Represented by", "contact": "Contact", "email": "E-mail"},
    "ru": {"address": "Адрес", "rep": "В лице", "contact": "Контактное лицо", "email": "Эл. почта"},
    "kk": {"address": "Мекенжайы", "rep": "Атынан", "contact": "Байланыс тұлғасы", "email": "Эл. пошта"},
    "uz": {"address": "Manzil", "rep": "Vakil", "contact": "Aloqa uchun", "email": "E-pochta"},
    "ky": {"address": "Дареги", "rep": "Өкүлү", "contact": "Байланыш үчүн", "email": "Эл. почта"},
    "tg": {"address": "Суроға", "rep": "Намоянда", "contact": "Шахси тамос", "email": "Почтаи электронӣ"},
    "mn": {"address": "Хаяг", "rep": "Төлөөлж", "contact": "Холбоо барих", "email": "И-мэйл"},
    "tk": {"address": "Salgysy", "rep": "Wekili", "contact": "Habarlaşmak üçin", "email": "E-poçta"},
    "ur": {"address": "پتہ", "rep": "نمائندہ", "contact": "رابطہ", "email": "ای میل"},
}

SIGN_LABELS: dict[str, dict[str, object]] = {
    "zh": {"behalf": ["甲方（盖章）：", "乙方（盖章）："], "signature": ["法定代表人或授权代表（签字）：", "负责人（签字）："],
           "date": ["日期：", "签订日期："], "stamp_place": ""},
    "en": {"behalf": ["For and on behalf of Party A:", "For and on behalf of Party B:"],
           "signature": ["Signature:"], "date": ["Date:"], "stamp_place": "(Seal)"},
    "ru": {"behalf": ["За Сторону 1:", "За Сторону 2:"], "signature": ["Подпись:"], "date": ["Дата:"],
           "stamp_place": "М.П."},
    "kk": {"behalf": ["Бірінші тарап атынан:", "Екінші тарап атынан:"], "signature": ["Қолы:"],
           "date": ["Күні:"], "stamp_place": "М.О."},
    "uz": {"behalf": ["Birinchi tomon nomidan:", "Ikkinchi tomon nomidan:"], "signature": ["Imzo:"],
           "date": ["Sana:"], "stamp_place": "M.Oʻ."},
    "ky": {"behalf": ["Биринчи тарап атынан:", "Экинчи тарап атынан:"], "signature": ["Колу:"],
           "date": ["Күнү:"], "stamp_place": "М.О."},
    "tg": {"behalf": ["Аз номи Тарафи якум:", "Аз номи Тарафи дуюм:"], "signature": ["Имзо:"],
           "date": ["Сана:"], "stamp_place": "Ҷ.М."},
    "mn": {"behalf": ["Нэгдүгээр талыг төлөөлж:", "Хоёрдугаар талыг төлөөлж:"], "signature": ["Гарын үсэг:"],
           "date": ["Огноо:"], "stamp_place": "Тамга"},
    "tk": {"behalf": ["Birinji tarapyň adyndan:", "Ikinji tarapyň adyndan:"], "signature": ["Goly:"],
           "date": ["Senesi:"], "stamp_place": "M.Ý."},
    "ur": {"behalf": ["فریق اول کی جانب سے:", "فریق دوم کی جانب سے:"], "signature": ["دستخط:"],
           "date": ["تاریخ:"], "stamp_place": "مہر"},
}

PREAMBLES: dict[str, list[str]] = {
    "zh": ["为落实上海合作组织（SCO）科技伙伴计划，促进双方在科技领域的交流与合作，甲乙双方本着平等互利、优势互补的原则，经友好协商，达成如下协议：",
           "根据新疆维吾尔自治区上合组织科技伙伴计划及国际科技合作计划的有关要求，为共同推进“{topic}”项目的实施，双方经协商一致，签订本协议。"],
    "en": ["In order to implement the SCO Science and Technology Partnership Programme and to promote exchange and cooperation in science and technology, the Parties, guided by the principles of equality, mutual benefit and complementary strengths, have through friendly consultation agreed as follows:",
           "In accordance with the requirements of the SCO Science and Technology Partnership Programme of the Xinjiang Uygur Autonomous Region, and in order to implement jointly the project \"{topic}\", the Parties have agreed to conclude this Agreement."],
    "ru": ["В целях реализации Программы научно-технического партнёрства ШОС и развития научно-технического обмена и сотрудничества Стороны, руководствуясь принципами равенства, взаимной выгоды и взаимодополняемости, по результатам дружественных консультаций договорились о нижеследующем:",
           "В соответствии с требованиями Программы научно-технического партнёрства ШОС Синьцзян-Уйгурского автономного района и в целях совместной реализации проекта «{topic}» Стороны заключили настоящее Соглашение."],
    "kk": ["ШЫҰ ғылыми-техникалық әріптестік бағдарламасын іске асыру және ғылым мен техника саласындағы алмасу мен ынтымақтастықты дамыту мақсатында Тараптар теңдік пен өзара тиімділік қағидаттарын басшылыққа ала отырып, төмендегілер туралы келісті:"],
    "uz": ["ShHT ilmiy-texnikaviy hamkorlik dasturini amalga oshirish hamda fan va texnika sohasidagi almashinuv va hamkorlikni rivojlantirish maqsadida Tomonlar tenglik va oʻzaro manfaatdorlik tamoyillariga asoslanib, quyidagilar haqida kelishib oldilar:"],
    "ky": ["ШКУнун илимий-техникалык өнөктөштүк программасын ишке ашыруу жана илим менен техника тармагындагы алмашууну жана кызматташтыкты өнүктүрүү максатында Тараптар теңдик жана өз ара пайда принциптерин жетекчиликке алып, төмөнкүлөр жөнүндө макулдашышты:"],
    "tg": ["Бо мақсади амалӣ намудани Барномаи шарикии илмӣ-техникии СҲШ ва рушди мубодила ва ҳамкорӣ дар соҳаи илм ва техника Тарафҳо бо роҳбарӣ аз принсипҳои баробарҳуқуқӣ ва манфиати тарафайн дар бораи зайл ба мувофиқа расиданд:"],
    "mn": ["ШХАБ-ын шинжлэх ухаан, технологийн түншлэлийн хөтөлбөрийг хэрэгжүүлэх, шинжлэх ухаан, технологийн салбарт солилцоо, хамтын ажиллагааг хөгжүүлэх зорилгоор Талууд тэгш эрх, харилцан ашигтай байх зарчмыг баримтлан дараах зүйлийг тохиролцов:"],
    "tk": ["ŞHG-niň ylmy-tehniki hyzmatdaşlyk maksatnamasyny durmuşa geçirmek hem-de ylym we tehnika ulgamynda alyşmagy we hyzmatdaşlygy ösdürmek maksady bilen Taraplar deňlik we özara bähbitlilik ýörelgelerine esaslanyp, aşakdakylar barada ylalaşdylar:"],
    "ur": ["شنگھائی تعاون تنظیم کے سائنسی و تکنیکی شراکت داری پروگرام پر عمل درآمد اور سائنس و ٹیکنالوجی کے شعبے میں تبادلے اور تعاون کے فروغ کے لیے فریقین نے مساوات اور باہمی مفاد کے اصولوں کی بنیاد پر درج ذیل پر اتفاق کیا ہے:"],
}

IP_PREAMBLES: dict[str, list[str]] = {
    "zh": ["鉴于双方已签订国际科技合作协议，为明确合作项目“{topic}”所产生知识产权的归属及成果转化收益的分配，双方经协商，达成如下协议："],
    "en": ["Whereas the Parties have concluded an agreement on international scientific and technological cooperation, and in order to define the ownership of intellectual property arising from the project \"{topic}\" and the sharing of revenue from its commercialisation, the Parties agree as follows:"],
    "ru": ["Учитывая, что Стороны заключили соглашение о международном научно-техническом сотрудничестве, и в целях определения принадлежности интеллектуальной собственности, созданной в рамках проекта «{topic}», и распределения доходов от её коммерциализации, Стороны договорились о нижеследующем:"],
}

CLAUSE_TITLES: dict[str, dict[str, str]] = {
    "content": {"zh": "合作内容", "en": "Scope of Cooperation", "ru": "Предмет сотрудничества",
                "kk": "Ынтымақтастық мәні", "uz": "Hamkorlik predmeti", "ky": "Кызматташтыктын предмети",
                "tg": "Мавзӯи ҳамкорӣ", "mn": "Хамтын ажиллагааны агуулга", "tk": "Hyzmatdaşlygyň mazmuny",
                "ur": "تعاون کا دائرہ کار"},
    "tasks": {"zh": "目标任务", "en": "Objectives and Tasks", "ru": "Цели и задачи"},
    "responsibilities": {"zh": "双方职责", "en": "Responsibilities of the Parties", "ru": "Обязанности Сторон",
                         "kk": "Тараптардың міндеттері", "uz": "Tomonlarning majburiyatlari",
                         "ky": "Тараптардын милдеттери", "tg": "Ӯҳдадориҳои Тарафҳо", "mn": "Талуудын үүрэг",
                         "tk": "Taraplaryň borçlary", "ur": "فریقین کی ذمہ داریاں"},
    "funding": {"zh": "经费安排", "en": "Funding", "ru": "Финансирование", "kk": "Қаржыландыру",
                "uz": "Moliyalashtirish", "ky": "Каржылоо", "tg": "Маблағгузорӣ", "mn": "Санхүүжилт",
                "tk": "Maliýeleşdirme", "ur": "مالی انتظامات"},
    "ip": {"zh": "知识产权", "en": "Intellectual Property", "ru": "Интеллектуальная собственность",
           "kk": "Зияткерлік меншік", "uz": "Intellektual mulk", "ky": "Интеллектуалдык менчик",
           "tg": "Моликияти зеҳнӣ", "mn": "Оюуны өмч", "tk": "Intellektual eýeçilik", "ur": "دانشورانہ املاک"},
    "background": {"zh": "背景知识产权", "en": "Background Intellectual Property",
                   "ru": "Фоновая интеллектуальная собственность"},
    "filing": {"zh": "专利申请与维护", "en": "Filing and Maintenance", "ru": "Оформление и поддержание прав"},
    "benefit": {"zh": "成果转化与收益分配", "en": "Commercialisation and Revenue Sharing",
                "ru": "Коммерциализация и распределение доходов", "kk": "Коммерцияландыру және кірісті бөлу",
                "uz": "Tijoratlashtirish va daromadni taqsimlash", "ky": "Коммерциялаштыруу жана кирешени бөлүштүрүү",
                "tg": "Тиҷоратикунонӣ ва тақсими даромад", "mn": "Арилжаалах ба орлого хуваарилах",
                "tk": "Täjirçilik peýdalanmak we girdejini paýlamak", "ur": "تجارتی استعمال اور آمدنی کی تقسیم"},
    "data": {"zh": "科研数据", "en": "Research Data", "ru": "Научные данные", "kk": "Ғылыми деректер",
             "uz": "Ilmiy maʼlumotlar", "ky": "Илимий маалыматтар", "tg": "Маълумоти илмӣ",
             "mn": "Шинжлэх ухааны өгөгдөл", "tk": "Ylmy maglumatlar", "ur": "تحقیقی ڈیٹا"},
    "resources": {"zh": "遗传资源", "en": "Genetic Resources", "ru": "Генетические ресурсы"},
    "confidentiality": {"zh": "保密", "en": "Confidentiality", "ru": "Конфиденциальность", "kk": "Құпиялылық",
                        "uz": "Maxfiylik", "ky": "Купуялуулук", "tg": "Махфият", "mn": "Нууцлал",
                        "tk": "Gizlinlik", "ur": "رازداری"},
    "term": {"zh": "协议期限", "en": "Term", "ru": "Срок действия", "kk": "Қолданылу мерзімі",
             "uz": "Amal qilish muddati", "ky": "Колдонуу мөөнөтү", "tg": "Мӯҳлати амал",
             "mn": "Хүчинтэй хугацаа", "tk": "Hereket ediş möhleti", "ur": "مدت"},
    "dispute": {"zh": "争议解决", "en": "Settlement of Disputes", "ru": "Разрешение споров",
                "kk": "Дауларды шешу", "uz": "Nizolarni hal etish", "ky": "Талаштарды чечүү",
                "tg": "Ҳалли баҳсҳо", "mn": "Маргаан шийдвэрлэх", "tk": "Jedelleri çözmek", "ur": "تنازعات کا حل"},
    "final": {"zh": "附则", "en": "Final Provisions", "ru": "Заключительные положения",
              "kk": "Қорытынды ережелер", "uz": "Yakuniy qoidalar", "ky": "Корутунду жоболор",
              "tg": "Муқаррароти хотимавӣ", "mn": "Төгсгөлийн заалт", "tk": "Jemleýji düzgünler",
              "ur": "حتمی دفعات"},
}
CLAUSE_TITLES["final_mono"] = CLAUSE_TITLES["final"]

CLAUSES: dict[str, dict[str, list[str]]] = {
    "content": {
        "zh": ["双方同意围绕“{topic}”开展联合研究，主要内容包括：联合开展野外调查与样品采集，共建联合实验室（实验室管理参照ISO 9001质量管理体系要求），互派科研人员开展学术交流与培训，共同发表研究成果。",
               "甲乙双方在“{topic}”项目框架下开展合作研究，合作内容包括技术试验示范、数据共享、青年人才联合培养以及联合申报国际科技合作项目。"],
        "en": ["The Parties agree to carry out joint research on \"{topic}\", including joint field surveys and sampling, the establishment of a joint laboratory managed in line with ISO 9001, exchange of researchers for academic visits and training, and joint publication of results.",
               "Within the framework of the project \"{topic}\", the Parties shall cooperate in technology testing and demonstration, data sharing, joint training of young scientists and joint applications for international research funding."],
        "ru": ["Стороны договорились проводить совместные исследования по теме «{topic}», включая совместные полевые обследования и отбор проб, создание совместной лаборатории с системой менеджмента качества по ISO 9001, обмен научными сотрудниками для стажировок и обучения, а также совместную публикацию результатов.",
               "В рамках проекта «{topic}» Стороны осуществляют сотрудничество в области испытания и демонстрации технологий, обмена данными, совместной подготовки молодых учёных и совместной подачи заявок на международное финансирование."],
        "kk": ["Тараптар «{topic}» тақырыбы бойынша бірлескен зерттеулер жүргізуге келісті, оның ішінде бірлескен далалық зерттеулер мен сынама алу, бірлескен зертхана құру, тағылымдама және оқыту үшін ғалымдармен алмасу, нәтижелерді бірлесіп жариялау."],
        "uz": ["Tomonlar «{topic}» mavzusi boʻyicha birgalikda tadqiqotlar olib borishga kelishib oldilar, jumladan, birgalikda dala tadqiqotlari va namunalar yigʻish, qoʻshma laboratoriya tashkil etish, stajirovka va oʻqitish uchun olimlar almashinuvi hamda natijalarni birgalikda nashr etish."],
        "ky": ["Тараптар «{topic}» темасы боюнча биргелешкен изилдөөлөрдү жүргүзүүгө макул болушту, анын ичинде биргелешкен талаа изилдөөлөрү жана үлгү алуу, биргелешкен лаборатория түзүү, стажировка жана окутуу үчүн илимпоздор менен алмашуу, натыйжаларды биргелешип жарыялоо."],
        "tg": ["Тарафҳо розӣ шуданд, ки оид ба мавзӯи «{topic}» таҳқиқоти муштарак гузаронанд, аз ҷумла тадқиқоти саҳроии муштарак ва гирифтани намунаҳо, таъсиси озмоишгоҳи муштарак, мубодилаи олимон барои таҷрибаомӯзӣ ва омӯзиш, инчунин нашри муштараки натиҷаҳо."],
        "mn": ["Талууд «{topic}» сэдвээр хамтарсан судалгаа хийхээр тохиролцов. Үүнд хамтарсан хээрийн судалгаа, дээж цуглуулах, хамтарсан лаборатори байгуулах, дадлага, сургалтад эрдэмтэн солилцох, үр дүнг хамтран хэвлүүлэх ажил багтана."],
        "tk": ["Taraplar «{topic}» temasy boýunça bilelikde ylmy barlaglary geçirmäge ylalaşdylar, şol sanda bilelikdäki meýdan barlaglary we nusga almak, bilelikdäki barlaghana döretmek, tejribe alyşmak we okatmak üçin alymlary alyşmak hem-de netijeleri bilelikde çap etmek."],
        "ur": ["فریقین نے «{topic}» کے موضوع پر مشترکہ تحقیق کرنے پر اتفاق کیا ہے، جس میں مشترکہ فیلڈ سروے اور نمونوں کا حصول، مشترکہ لیبارٹری کا قیام، تربیت کے لیے محققین کا تبادلہ اور نتائج کی مشترکہ اشاعت شامل ہیں۔"],
    },
    "tasks": {
        "zh": ["项目实施期内，双方共同完成以下目标任务：建立示范基地1个，筛选适用技术3至5项，联合发表高水平论文不少于4篇，培养青年科研人员6名。"],
        "en": ["During the implementation period the Parties shall jointly achieve the following targets: one demonstration site established, three to five suitable technologies selected, no fewer than four joint high-level papers published and six young researchers trained."],
        "ru": ["В период реализации проекта Стороны совместно выполняют следующие задачи: создание одного демонстрационного участка, отбор трёх–пяти применимых технологий, публикация не менее четырёх совместных статей и подготовка шести молодых исследователей."],
    },
    "responsibilities": {
        "zh": ["甲方负责项目总体方案设计、国内试验示范基地建设，并为来访人员提供工作条件；乙方负责在本国组织野外试验、提供当地基础资料，并接待甲方科研人员开展合作研究。",
               "双方的主要职责如下：（一）甲方承担技术研发、数据分析和人员培训工作；（二）乙方承担样品采集、田间试验和成果在当地的示范推广工作。"],
        "en": ["Party A shall be responsible for the overall design of the project, the establishment of demonstration sites in China and the provision of working conditions for visiting staff. Party B shall organise field trials in its country, provide local baseline data and host researchers of Party A.",
               "The main responsibilities of the Parties are as follows: (a) Party A shall carry out technology development, data analysis and staff training; (b) Party B shall carry out sample collection, field experiments and local demonstration of the results."],
        "ru": ["Сторона 1 отвечает за общую разработку проекта, создание демонстрационных участков в Китае и обеспечение условий работы для приглашённых специалистов. Сторона 2 организует полевые испытания в своей стране, предоставляет местные исходные данные и принимает исследователей Стороны 1.",
               "Основные обязанности Сторон: а) Сторона 1 выполняет разработку технологий, анализ данных и обучение персонала; б) Сторона 2 осуществляет отбор проб, полевые эксперименты и внедрение результатов на местах."],
        "kk": ["Бірінші тарап жобаның жалпы жоспарын әзірлеуге, Қытайда демонстрациялық алаңдар құруға және келген мамандарға жұмыс жағдайын жасауға жауап береді. Екінші тарап өз елінде далалық сынақтарды ұйымдастырады, жергілікті бастапқы деректерді ұсынады және Бірінші тараптың зерттеушілерін қабылдайды."],
        "uz": ["Birinchi tomon loyihaning umumiy rejasini ishlab chiqish, Xitoyda namoyish maydonlarini tashkil etish va tashrif buyurgan mutaxassislar uchun ish sharoitlarini taʼminlash uchun javobgardir. Ikkinchi tomon oʻz mamlakatida dala sinovlarini tashkil etadi, mahalliy boshlangʻich maʼlumotlarni taqdim etadi va Birinchi tomon tadqiqotchilarini qabul qiladi."],
        "ky": ["Биринчи тарап долбоордун жалпы планын иштеп чыгууга, Кытайда көрсөтүү аянттарын түзүүгө жана келген адистерге иш шарттарын түзүүгө жооп берет. Экинчи тарап өз өлкөсүндө талаа сыноолорун уюштурат, жергиликтүү баштапкы маалыматтарды берет жана Биринчи тараптын изилдөөчүлөрүн кабыл алат."],
        "tg": ["Тарафи якум барои таҳияи нақшаи умумии лоиҳа, ташкили қитъаҳои намоишӣ дар Чин ва фароҳам овардани шароити корӣ барои мутахассисони ташрифоварда масъул аст. Тарафи дуюм дар кишвари худ озмоишҳои саҳроиро ташкил медиҳад, маълумоти ибтидоии маҳаллиро пешниҳод мекунад ва муҳаққиқони Тарафи якумро қабул мекунад."],
        "mn": ["Нэгдүгээр тал төслийн ерөнхий төлөвлөгөө боловсруулах, Хятадад үзүүлэх талбай байгуулах, ирсэн мэргэжилтнүүдийг ажлын нөхцөлөөр хангах үүрэгтэй. Хоёрдугаар тал өөрийн оронд хээрийн туршилт зохион байгуулж, орон нутгийн анхдагч мэдээллээр хангаж, Нэгдүгээр талын судлаачдыг хүлээн авна."],
        "tk": ["Birinji tarap taslamanyň umumy meýilnamasyny işläp düzmek, Hytaýda görkeziş meýdançalaryny döretmek we gelen hünärmenler üçin iş şertlerini üpjün etmek üçin jogapkärdir. Ikinji tarap öz ýurdunda meýdan synaglaryny guraýar, ýerli başlangyç maglumatlary berýär we Birinji tarapyň barlagçylaryny kabul edýär."],
        "ur": ["فریق اول منصوبے کے مجموعی خاکے، چین میں نمائشی مقامات کے قیام اور آنے والے ماہرین کے لیے کام کی سہولیات فراہم کرنے کا ذمہ دار ہوگا۔ فریق دوم اپنے ملک میں فیلڈ تجربات کا انتظام کرے گا، مقامی بنیادی معلومات فراہم کرے گا اور فریق اول کے محققین کی میزبانی کرے گا۔"],
    },
    "funding": {
        "zh": ["项目经费由双方共同筹措。甲方从新疆维吾尔自治区上合计划项目经费中安排{fund_a}万元，用于国内研究及人员交流；乙方自筹相当于{fund_b}万元的经费，用于境外野外试验。",
               "合作所需经费按照“各自承担、专款专用”的原则执行：甲方承担人员互访、设备购置等费用共计{fund_a}万元，乙方承担当地试验及接待费用共计{fund_b}万元。"],
        "en": ["The project shall be jointly funded by the Parties. Party A shall allocate CNY {fund_a} from the SCO Partnership Programme funds of the Xinjiang Uygur Autonomous Region for research in China and staff exchange; Party B shall provide the equivalent of CNY {fund_b} from its own sources for field work abroad.",
               "Each Party shall bear its own costs of the cooperation: Party A shall cover staff visits and equipment, in total CNY {fund_a}, and Party B shall cover local field trials and hosting, in total CNY {fund_b}."],
        "ru": ["Проект финансируется Сторонами совместно. Сторона 1 выделяет {fund_a} юаней из средств Программы партнёрства ШОС Синьцзян-Уйгурского автономного района на исследования в Китае и обмен специалистами; Сторона 2 обеспечивает эквивалент {fund_b} юаней из собственных средств на полевые работы.",
               "Каждая Сторона несёт собственные расходы, связанные с сотрудничеством: Сторона 1 оплачивает визиты специалистов и приобретение оборудования на сумму {fund_a} юаней, Сторона 2 — местные полевые испытания и приём делегаций на сумму {fund_b} юаней."],
        "kk": ["Жоба Тараптардың бірлескен қаражатынан қаржыландырылады. Бірінші тарап Қытайдағы зерттеулер мен мамандар алмасуына {fund_a} юань бөледі; Екінші тарап далалық жұмыстарға өз қаражатынан {fund_b} юаньға баламалы соманы қамтамасыз етеді."],
        "uz": ["Loyiha Tomonlar tomonidan birgalikda moliyalashtiriladi. Birinchi tomon Xitoydagi tadqiqotlar va mutaxassislar almashinuvi uchun {fund_a} yuan ajratadi; Ikkinchi tomon dala ishlari uchun oʻz mablagʻlaridan {fund_b} yuanga teng miqdorni taʼminlaydi."],
        "ky": ["Долбоор Тараптар тарабынан биргелешип каржыланат. Биринчи тарап Кытайдагы изилдөөлөргө жана адистер алмашууга {fund_a} юань бөлөт; Экинчи тарап талаа иштерине өз каражатынан {fund_b} юанга барабар сумманы камсыз кылат."],
        "tg": ["Лоиҳа аз ҷониби Тарафҳо якҷоя маблағгузорӣ карда мешавад. Тарафи якум барои таҳқиқот дар Чин ва мубодилаи мутахассисон {fund_a} юан ҷудо мекунад; Тарафи дуюм барои корҳои саҳроӣ аз ҳисоби маблағҳои худ маблағи ба {fund_b} юан баробарро таъмин менамояд."],
        "mn": ["Төслийг Талууд хамтран санхүүжүүлнэ. Нэгдүгээр тал Хятад дахь судалгаа, мэргэжилтэн солилцоонд {fund_a} юань зарцуулна; Хоёрдугаар тал хээрийн ажилд өөрийн хөрөнгөөс {fund_b} юаньтай тэнцэх хэмжээний санхүүжилт гаргана."],
        "tk": ["Taslama Taraplar tarapyndan bilelikde maliýeleşdirilýär. Birinji tarap Hytaýdaky barlaglar we hünärmenleri alyşmak üçin {fund_a} ýuan bölüp berýär; Ikinji tarap meýdan işleri üçin öz serişdelerinden {fund_b} ýuana deň möçberi üpjün edýär."],
        "ur": ["منصوبے کی مالی معاونت فریقین مشترکہ طور پر کریں گے۔ فریق اول چین میں تحقیق اور ماہرین کے تبادلے کے لیے {fund_a} یوآن مختص کرے گا؛ فریق دوم فیلڈ ورک کے لیے اپنے وسائل سے {fund_b} یوآن کے مساوی رقم فراہم کرے گا۔"],
    },
    "ip": {
        "zh": ["合作过程中双方共同完成的研究成果及其知识产权归双方共有；一方独立完成的成果，知识产权归完成方所有。共有知识产权的申请、许可和转让须经双方书面同意。",
               "本项目形成的专利、软件著作权、植物新品种等知识产权，按照双方实际贡献共同所有；论文署名按照贡献大小协商确定。"],
        "en": ["Research results jointly achieved by the Parties in the course of the cooperation, and the intellectual property rights therein, shall be jointly owned by the Parties. Results achieved independently by one Party shall belong to that Party. Filing, licensing or transfer of jointly owned intellectual property requires the written consent of both Parties.",
               "Patents, software copyrights, new plant varieties and other intellectual property arising from the project shall be jointly owned by the Parties in proportion to their actual contributions; authorship of publications shall be agreed according to contribution."],
        "ru": ["Результаты исследований, полученные Сторонами совместно в ходе сотрудничества, и права интеллектуальной собственности на них принадлежат Сторонам совместно. Результаты, полученные одной Стороной самостоятельно, принадлежат этой Стороне. Регистрация, лицензирование или передача совместных прав требуют письменного согласия обеих Сторон.",
               "Патенты, авторские права на программы для ЭВМ, новые сорта растений и иные объекты интеллектуальной собственности, созданные в рамках проекта, принадлежат Сторонам совместно пропорционально их фактическому вкладу; авторство публикаций определяется по согласованию в зависимости от вклада."],
        "kk": ["Ынтымақтастық барысында Тараптар бірлесіп алған зерттеу нәтижелері және оларға зияткерлік меншік құқықтары Тараптардың ортақ меншігі болып табылады. Бір Тарап дербес алған нәтижелер сол Тарапқа тиесілі. Ортақ құқықтарды тіркеу, лицензиялау немесе беру екі Тараптың жазбаша келісімін талап етеді."],
        "uz": ["Hamkorlik davomida Tomonlar tomonidan birgalikda olingan tadqiqot natijalari va ularga boʻlgan intellektual mulk huquqlari Tomonlarning umumiy mulki hisoblanadi. Bir Tomon tomonidan mustaqil olingan natijalar oʻsha Tomonga tegishli. Umumiy huquqlarni roʻyxatdan oʻtkazish, litsenziyalash yoki boshqa shaxsga berish ikkala Tomonning yozma roziligini talab qiladi."],
        "ky": ["Кызматташтыктын жүрүшүндө Тараптар биргелешип алган изилдөө натыйжалары жана аларга интеллектуалдык менчик укуктары Тараптардын жалпы менчиги болуп саналат. Бир Тарап өз алдынча алган натыйжалар ошол Тарапка таандык. Жалпы укуктарды каттоо, лицензиялоо же берүү эки Тараптын жазуу жүзүндөгү макулдугун талап кылат."],
        "tg": ["Натиҷаҳои таҳқиқоте, ки Тарафҳо дар ҷараёни ҳамкорӣ якҷоя ба даст овардаанд, ва ҳуқуқҳои моликияти зеҳнӣ ба онҳо моликияти муштараки Тарафҳо мебошанд. Натиҷаҳое, ки як Тараф мустақилона ба даст овардааст, ба ҳамон Тараф тааллуқ доранд. Бақайдгирӣ, литсензиякунонӣ ё супоридани ҳуқуқҳои муштарак розигии хаттии ҳарду Тарафро талаб мекунад."],
        "mn": ["Хамтын ажиллагааны явцад Талуудын хамтран гаргасан судалгааны үр дүн, түүнд холбогдох оюуны өмчийн эрх нь Талуудын хамтын өмч байна. Нэг Тал бие даан гаргасан үр дүн тухайн Талд хамаарна. Хамтын эрхийг бүртгүүлэх, лиценз олгох, шилжүүлэхэд хоёр Талын бичгээр өгсөн зөвшөөрөл шаардлагатай."],
        "tk": ["Hyzmatdaşlygyň dowamynda Taraplaryň bilelikde alan ylmy netijeleri we olara bolan intellektual eýeçilik hukuklary Taraplaryň umumy eýeçiligidir. Bir Tarapyň özbaşdak alan netijeleri şol Tarapa degişlidir. Umumy hukuklary hasaba almak, ygtyýarnama bermek ýa-da geçirmek üçin iki Tarapyň hem ýazmaça razylygy talap edilýär."],
        "ur": ["تعاون کے دوران فریقین کی جانب سے مشترکہ طور پر حاصل کردہ تحقیقی نتائج اور ان سے متعلق دانشورانہ املاک کے حقوق فریقین کی مشترکہ ملکیت ہوں گے۔ کسی ایک فریق کے آزادانہ طور پر حاصل کردہ نتائج اسی فریق کی ملکیت ہوں گے۔ مشترکہ حقوق کی رجسٹریشن، لائسنس یا منتقلی کے لیے دونوں فریقین کی تحریری رضامندی ضروری ہے۔"],
    },
    "background": {
        "zh": ["双方在本项目开始前各自拥有的知识产权（背景知识产权）仍归原权利人所有，另一方因项目需要使用的，应另行取得许可。"],
        "en": ["Intellectual property owned by either Party before the start of the project (background intellectual property) shall remain the property of that Party; its use by the other Party for the purposes of the project requires a separate licence."],
        "ru": ["Интеллектуальная собственность, принадлежавшая каждой из Сторон до начала проекта (фоновая интеллектуальная собственность), остаётся собственностью этой Стороны; её использование другой Стороной для целей проекта требует отдельной лицензии."],
    },
    "filing": {
        "zh": ["共有专利的申请由甲方负责办理，申请费及维持费由双方按照所有权份额分担。"],
        "en": ["Party A shall be responsible for filing applications for jointly owned patents; the costs of filing and maintenance shall be borne by the Parties in proportion to their shares of ownership."],
        "ru": ["Подачу заявок на совместные патенты осуществляет Сторона 1; расходы на подачу заявок и поддержание патентов Стороны несут пропорционально своим долям."],
    },
    "benefit": {
        "zh": ["共有成果实施转化所获得的收益，在扣除转化成本后由甲乙双方按照{ratio_a}:{ratio_b}的比例分配，具体事宜另行签订协议。",
               "任何一方实施转化共有成果的，应事先书面通知另一方，转化所得净收益由甲方和乙方按{ratio_a}:{ratio_b}分享。"],
        "en": ["Revenue from the commercialisation of jointly owned results shall, after deduction of the costs of commercialisation, be shared between Party A and Party B in the ratio {ratio_a}:{ratio_b}; details shall be set out in a separate agreement.",
               "A Party intending to commercialise jointly owned results shall notify the other Party in writing in advance; the net revenue shall be shared between Party A and Party B in the ratio {ratio_a}:{ratio_b}."],
        "ru": ["Доходы от коммерциализации совместных результатов после вычета затрат на коммерциализацию распределяются между Стороной 1 и Стороной 2 в соотношении {ratio_a}:{ratio_b}; порядок определяется отдельным соглашением.",
               "Сторона, намеревающаяся коммерциализировать совместные результаты, заранее письменно уведомляет другую Сторону; чистый доход распределяется между Стороной 1 и Стороной 2 в соотношении {ratio_a}:{ratio_b}."],
        "kk": ["Ортақ нәтижелерді коммерцияландырудан түскен кіріс коммерцияландыру шығындары шегерілгеннен кейін Бірінші тарап пен Екінші тарап арасында {ratio_a}:{ratio_b} арақатынасында бөлінеді; тәртібі жеке келісіммен айқындалады."],
        "uz": ["Umumiy natijalarni tijoratlashtirishdan olingan daromad tijoratlashtirish xarajatlari chegirilgandan soʻng Birinchi tomon va Ikkinchi tomon oʻrtasida {ratio_a}:{ratio_b} nisbatda taqsimlanadi; tartibi alohida shartnoma bilan belgilanadi."],
        "ky": ["Жалпы натыйжаларды коммерциялаштыруудан түшкөн киреше коммерциялаштыруу чыгымдары чегерилгенден кийин Биринчи тарап менен Экинчи тараптын ортосунда {ratio_a}:{ratio_b} катышында бөлүштүрүлөт; тартиби өзүнчө макулдашуу менен аныкталат."],
        "tg": ["Даромад аз тиҷоратикунонии натиҷаҳои муштарак пас аз тарҳи хароҷоти тиҷоратикунонӣ байни Тарафи якум ва Тарафи дуюм бо таносуби {ratio_a}:{ratio_b} тақсим карда мешавад; тартиби он бо созишномаи алоҳида муайян мегардад."],
        "mn": ["Хамтын үр дүнг арилжаалснаас олсон орлогыг арилжаалах зардлыг хассаны дараа Нэгдүгээр тал, Хоёрдугаар талын хооронд {ratio_a}:{ratio_b} харьцаагаар хуваарилна; журмыг тусдаа гэрээгээр тогтооно."],
        "tk": ["Umumy netijeleri täjirçilik taýdan peýdalanmakdan gelen girdeji çykdajylar aýrylandan soň Birinji tarap bilen Ikinji tarapyň arasynda {ratio_a}:{ratio_b} gatnaşykda paýlanýar; tertibi aýratyn ylalaşyk bilen kesgitlenýär."],
        "ur": ["مشترکہ نتائج کے تجارتی استعمال سے حاصل ہونے والی آمدنی، اخراجات منہا کرنے کے بعد، فریق اول اور فریق دوم کے درمیان {ratio_a}:{ratio_b} کے تناسب سے تقسیم کی جائے گی؛ تفصیلات ایک علیحدہ معاہدے میں طے کی جائیں گی۔"],
    },
    "data": {
        "zh": ["项目产生的科研数据归双方共同所有，双方可在本项目范围内无偿使用。数据的对外提供和跨境转移应遵守中华人民共和国和乙方所在国的法律法规以及两国均加入的国际条约。"],
        "en": ["Research data generated by the project shall be jointly owned by the Parties and may be used free of charge by both Parties within the scope of the project. Provision of data to third parties and its cross-border transfer shall comply with the laws of the People's Republic of China and of Party B's country and with the international treaties to which both countries are party."],
        "ru": ["Научные данные, полученные в ходе проекта, принадлежат Сторонам совместно и могут безвозмездно использоваться обеими Сторонами в рамках проекта. Передача данных третьим лицам и их трансграничная передача осуществляются в соответствии с законодательством Китайской Народной Республики и страны Стороны 2, а также международными договорами, участниками которых являются обе страны."],
        "kk": ["Жоба барысында алынған ғылыми деректер Тараптардың ортақ меншігі болып табылады және жоба шеңберінде екі Тарап тегін пайдалана алады. Деректерді үшінші тұлғаларға және шекарадан тыс беру Қытай Халық Республикасының және Екінші тарап елінің заңнамасына, сондай-ақ халықаралық шарттарға сәйкес жүзеге асырылады."],
        "uz": ["Loyiha davomida olingan ilmiy maʼlumotlar Tomonlarning umumiy mulki hisoblanadi va loyiha doirasida ikkala Tomon tomonidan bepul foydalanilishi mumkin. Maʼlumotlarni uchinchi shaxslarga berish va transchegaraviy uzatish Xitoy Xalq Respublikasi va Ikkinchi tomon mamlakati qonunchiligi hamda xalqaro shartnomalarga muvofiq amalga oshiriladi."],
        "ky": ["Долбоордун жүрүшүндө алынган илимий маалыматтар Тараптардын жалпы менчиги болуп саналат жана долбоордун алкагында эки Тарап тең акысыз пайдалана алат. Маалыматтарды үчүнчү жактарга жана чек арадан тышкары берүү Кытай Эл Республикасынын жана Экинчи тараптын өлкөсүнүн мыйзамдарына, ошондой эле эл аралык келишимдерге ылайык ишке ашырылат."],
        "tg": ["Маълумоти илмие, ки дар ҷараёни лоиҳа ба даст омадааст, моликияти муштараки Тарафҳо буда, дар доираи лоиҳа аз ҷониби ҳарду Тараф ройгон истифода бурда мешавад. Додани маълумот ба шахсони сеюм ва интиқоли фаромарзии он мутобиқи қонунгузории Ҷумҳурии Мардумии Чин ва кишвари Тарафи дуюм, инчунин шартномаҳои байналмилалӣ амалӣ карда мешавад."],
        "mn": ["Төслийн явцад бий болсон шинжлэх ухааны өгөгдөл Талуудын хамтын өмч байх бөгөөд төслийн хүрээнд хоёр Тал үнэ төлбөргүй ашиглана. Өгөгдлийг гуравдагч этгээдэд болон хил дамжуулан шилжүүлэхдээ Бүгд Найрамдах Хятад Ард Улс болон Хоёрдугаар талын улсын хууль тогтоомж, олон улсын гэрээг баримтална."],
        "tk": ["Taslamanyň dowamynda alnan ylmy maglumatlar Taraplaryň umumy eýeçiligidir we taslamanyň çäklerinde iki Tarap hem olary mugt ulanyp biler. Maglumatlary üçünji taraplara bermek we serhetüsti geçirmek Hytaý Halk Respublikasynyň we Ikinji tarapyň ýurdunyň kanunçylygyna hem-de halkara şertnamalaryna laýyklykda amala aşyrylýar."],
        "ur": ["منصوبے کے دوران حاصل ہونے والا تحقیقی ڈیٹا فریقین کی مشترکہ ملکیت ہوگا اور منصوبے کے دائرے میں دونوں فریق اسے بلا معاوضہ استعمال کر سکیں گے۔ ڈیٹا کی تیسرے فریق کو فراہمی اور سرحد پار منتقلی عوامی جمہوریہ چین اور فریق دوم کے ملک کے قوانین اور بین الاقوامی معاہدوں کے مطابق ہوگی۔"],
    },
    "resources": {
        "zh": ["项目如涉及人类遗传资源或种质资源的采集、保藏、利用和对外提供，甲方应依照国家有关规定事先办理审批手续，未经批准不得开展相关活动。"],
        "en": ["Where the project involves the collection, preservation, use or export of human genetic resources or germplasm resources, Party A shall obtain in advance the approvals required by Chinese law, and no such activity shall be carried out without approval."],
        "ru": ["Если проект предусматривает сбор, хранение, использование или вывоз генетических ресурсов человека либо ресурсов зародышевой плазмы, Сторона 1 заранее получает разрешения, предусмотренные законодательством КНР; без разрешения такие работы не проводятся."],
    },
    "confidentiality": {
        "zh": ["双方对合作中获得的对方技术秘密和未公开资料负有保密义务，未经对方书面同意不得向第三方披露。本条在协议终止后三年内继续有效。"],
        "en": ["Each Party shall keep confidential the technical secrets and unpublished information of the other Party obtained in the course of the cooperation and shall not disclose them to any third party without the other Party's written consent. This obligation shall survive for three years after termination of this Agreement."],
        "ru": ["Каждая Сторона обязуется сохранять конфиденциальность технической информации и неопубликованных сведений другой Стороны, полученных в ходе сотрудничества, и не раскрывать их третьим лицам без письменного согласия другой Стороны. Данное обязательство действует в течение трёх лет после прекращения Соглашения."],
        "kk": ["Әр Тарап ынтымақтастық барысында алынған екінші Тараптың техникалық құпияларын және жарияланбаған мәліметтерін құпия сақтауға және оларды екінші Тараптың жазбаша келісімінсіз үшінші тұлғаларға жарияламауға міндеттенеді."],
        "uz": ["Har bir Tomon hamkorlik davomida olingan boshqa Tomonning texnik sirlari va eʼlon qilinmagan maʼlumotlarini maxfiy saqlashi va ularni boshqa Tomonning yozma roziligisiz uchinchi shaxslarga oshkor qilmasligi shart."],
        "ky": ["Ар бир Тарап кызматташтыктын жүрүшүндө алынган экинчи Тараптын техникалык сырларын жана жарыяланбаган маалыматтарын купуя сактоого жана аларды экинчи Тараптын жазуу жүзүндөгү макулдугусуз үчүнчү жактарга ачыкка чыгарбоого милдеттенет."],
        "tg": ["Ҳар як Тараф ӯҳдадор мешавад, ки сирри техникӣ ва маълумоти нашрнашудаи Тарафи дигарро, ки дар ҷараёни ҳамкорӣ ба даст омадааст, махфӣ нигоҳ дорад ва бе розигии хаттии Тарафи дигар ба шахсони сеюм ошкор накунад."],
        "mn": ["Тал бүр хамтын ажиллагааны явцад олж авсан нөгөө Талын техникийн нууц, нийтлэгдээгүй мэдээллийг нууцлах бөгөөд нөгөө Талын бичгээр өгсөн зөвшөөрөлгүйгээр гуравдагч этгээдэд задруулахгүй."],
        "tk": ["Her Tarap hyzmatdaşlygyň dowamynda alnan beýleki Tarapyň tehniki syrlaryny we çap edilmedik maglumatlaryny gizlin saklamaga we olary beýleki Tarapyň ýazmaça razylygy bolmazdan üçünji taraplara aýan etmezlige borçlanýar."],
        "ur": ["ہر فریق تعاون کے دوران حاصل ہونے والے دوسرے فریق کے تکنیکی راز اور غیر مطبوعہ معلومات کو خفیہ رکھے گا اور دوسرے فریق کی تحریری رضامندی کے بغیر کسی تیسرے فریق کو ظاہر نہیں کرے گا۔"],
    },
    "term": {
        "zh": ["本协议自双方签字盖章之日起生效，有效期{years}年。期满前三个月内，经双方协商一致可以续签。"],
        "en": ["This Agreement shall enter into force on the date of its signature by both Parties and shall remain valid for {years} years. It may be renewed by mutual agreement within three months before its expiry."],
        "ru": ["Настоящее Соглашение вступает в силу с даты его подписания обеими Сторонами и действует в течение {years_ru}. Соглашение может быть продлено по взаимному согласию Сторон."],
        "kk": ["Осы Келісім Тараптар қол қойған күннен бастап күшіне енеді және {years} жыл бойы қолданылады."],
        "uz": ["Ushbu Shartnoma Tomonlar imzolagan kundan boshlab kuchga kiradi va {years} yil davomida amal qiladi."],
        "ky": ["Бул Келишим Тараптар кол койгон күндөн тартып күчүнө кирет жана {years} жыл бою колдонулат."],
        "tg": ["Ин Созишнома аз рӯзи имзо шуданаш аз ҷониби Тарафҳо эътибор пайдо карда, дар давоми {years} сол амал мекунад."],
        "mn": ["Энэхүү гэрээ Талууд гарын үсэг зурсан өдрөөс эхлэн хүчин төгөлдөр болох бөгөөд {years} жилийн хугацаанд хүчинтэй байна."],
        "tk": ["Şu Şertnama Taraplar gol çeken gününden başlap güýje girýär we {years} ýylyň dowamynda hereket edýär."],
        "ur": ["یہ معاہدہ فریقین کے دستخط کی تاریخ سے نافذ العمل ہوگا اور {years} سال تک مؤثر رہے گا۔"],
    },
    "dispute": {
        "zh": ["因履行本协议发生的争议，双方应友好协商解决；协商不成的，提交双方认可的仲裁机构仲裁。"],
        "en": ["Any dispute arising from the performance of this Agreement shall be settled by friendly consultation; failing that, it shall be submitted to an arbitration institution agreed by both Parties."],
        "ru": ["Споры, возникающие при исполнении настоящего Соглашения, разрешаются путём дружественных переговоров, а при недостижении согласия передаются в арбитражный орган, согласованный Сторонами."],
        "kk": ["Осы Келісімді орындау кезінде туындайтын даулар достық келіссөздер арқылы шешіледі, ал келісімге қол жеткізілмеген жағдайда Тараптар келіскен төрелік органға беріледі."],
        "uz": ["Ushbu Shartnomani bajarishda yuzaga keladigan nizolar doʻstona muzokaralar yoʻli bilan hal etiladi, kelishuvga erishilmagan taqdirda esa Tomonlar kelishgan arbitraj organiga topshiriladi."],
        "ky": ["Бул Келишимди аткарууда келип чыккан талаштар достук сүйлөшүүлөр аркылуу чечилет, макулдашууга жетишилбесе Тараптар макулдашкан арбитраждык органга берилет."],
        "tg": ["Баҳсҳое, ки ҳангоми иҷрои ин Созишнома ба миён меоянд, бо роҳи гуфтушунидҳои дӯстона ҳал карда мешаванд ва дар сурати ба мувофиқа нарасидан ба мақоми ҳакамии мувофиқашудаи Тарафҳо пешниҳод мегарданд."],
        "mn": ["Энэхүү гэрээг хэрэгжүүлэхтэй холбогдон гарсан маргааныг Талууд найрсаг хэлэлцээгээр шийдвэрлэх бөгөөд тохиролцоонд хүрээгүй тохиолдолд Талуудын зөвшилцсөн арбитрт шилжүүлнэ."],
        "tk": ["Şu Şertnamany ýerine ýetirmekde ýüze çykýan jedeller dostlukly gepleşikler arkaly çözülýär, ylalaşyga gelinmedik ýagdaýynda Taraplaryň ylalaşan arbitraž edarasyna tabşyrylýar."],
        "ur": ["اس معاہدے پر عمل درآمد سے پیدا ہونے والے تنازعات دوستانہ مشاورت سے حل کیے جائیں گے، اور اتفاق نہ ہونے کی صورت میں فریقین کے متفقہ ثالثی ادارے کے سپرد کیے جائیں گے۔"],
    },
    "final": {
        "zh": ["本协议以中文和{foreign_zh}两种文字写成，一式四份，双方各执两份，两种文本具有同等效力。",
               "本协议用中文、{foreign_zh}书就，共四份，双方各持中、外文本各一份，中外文本同等作准。"],
        "en": ["This Agreement is done in four originals, each in the Chinese and English languages, both texts being equally authentic. Each Party shall keep two originals."],
        "ru": ["Настоящее Соглашение составлено в четырёх экземплярах на китайском и русском языках, причём оба текста имеют одинаковую силу. Каждая Сторона получает по два экземпляра."],
        "kk": ["Осы Келісім қазақ және қытай тілдерінде төрт данада жасалды, екі мәтіннің де заңдық күші бірдей. Әр Тарапқа екі данадан беріледі."],
        "uz": ["Ushbu Shartnoma oʻzbek va xitoy tillarida toʻrt nusxada tuzildi, ikkala matn bir xil yuridik kuchga ega. Har bir Tomonga ikki nusxadan beriladi."],
        "ky": ["Бул Келишим кыргыз жана кытай тилдеринде төрт нускада түзүлдү, эки тексттин тең юридикалык күчү бирдей. Ар бир Тарапка эки нускадан берилет."],
        "tg": ["Ин Созишнома дар чор нусха ба забонҳои тоҷикӣ ва чинӣ тартиб дода шуд, ҳарду матн эътибори ҳуқуқии баробар доранд. Ба ҳар як Тараф ду нусха дода мешавад."],
        "mn": ["Энэхүү гэрээг монгол, хятад хэлээр дөрвөн хувь үйлдсэн бөгөөд хоёр эх бичвэр адил хүчинтэй. Тал бүр хоёр хувийг хадгална."],
        "tk": ["Şu Şertnama türkmen we hytaý dillerinde dört nusgada baglaşyldy, iki tekst hem deň güýje eýedir. Her Tarapa iki nusga berilýär."],
        "ur": ["یہ معاہدہ اردو اور چینی زبانوں میں چار نسخوں میں تیار کیا گیا ہے، دونوں متن یکساں مستند ہیں۔ ہر فریق کو دو نسخے دیے جائیں گے۔"],
    },
    "final_mono": {
        "zh": ["本协议一式四份，双方各执两份，具有同等法律效力。未尽事宜，由双方另行协商。"],
        "ru": ["Настоящее Соглашение составлено в двух экземплярах на русском языке, имеющих одинаковую юридическую силу, по одному для каждой из Сторон."],
    },
}

# Which report-contract element a clause establishes.
CLAUSE_ELEMENTS: dict[str, str] = {
    "content": "cooperation_content", "tasks": "tasks", "responsibilities": "responsibilities",
    "funding": "funding_allocation", "ip": "ip_ownership", "benefit": "benefit_sharing",
    "data": "data_ownership",
}
# Clauses whose text names resources that need prior approval (guide 三.2.1).
CLAUSE_MENTIONS: dict[str, list[str]] = {"resources": ["human_genetic_resources", "germplasm_resources"]}

MONTHS: dict[str, list[str]] = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"],
    "uz": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr",
           "noyabr", "dekabr"],
    "ky": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь",
           "октябрь", "ноябрь", "декабрь"],
    "tg": ["январ", "феврал", "март", "апрел", "май", "июн", "июл", "август", "сентябр", "октябр",
           "ноябр", "декабр"],
    "tk": ["ýanwar", "fewral", "mart", "aprel", "maý", "iýun", "iýul", "awgust", "sentýabr", "oktýabr",
           "noýabr", "dekabr"],
    "ur": ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر",
           "نومبر", "دسمبر"],
}

# Date patterns per language. {y} {m} {d} numbers, {mm} {dd} zero-padded,
# {month} month name, {cy} {cm} {cd} Chinese numerals, {mn_ord} Mongolian suffix.
DATE_FORMATS: dict[str, list[str]] = {
    "zh": ["{y}年{m}月{d}日", "{cy}年{cm}月{cd}日", "{y}.{m}.{d}"],
    "en": ["{d} {month} {y}", "{month} {d}, {y}", "{dd}.{mm}.{y}"],
    "ru": ["«{d}» {month} {y} г.", "{dd}.{mm}.{y}", "{d} {month} {y} года"],
    "kk": ["{y} жылғы {d} {month}", "{dd}.{mm}.{y} ж."],
    "uz": ["{y}-yil {d}-{month}", "{dd}.{mm}.{y}"],
    "ky": ["{y}-ж. {d}-{month}", "{dd}.{mm}.{y}-ж."],
    "tg": ["{d} {month}и соли {y}", "{dd}.{mm}.{y}"],
    "mn": ["{y} оны {m} {mn_ord} сарын {d}", "{y}.{mm}.{dd}"],
    "tk": ["{d} {month} {y} ý.", "{dd}.{mm}.{y}"],
    "ur": ["{d} {month} {y}ء", "{dd}.{mm}.{y}"],
}
BLANK_DATES: dict[str, str] = {
    "zh": "　　　　年　　月　　日", "en": "____ ____________ 20___", "ru": "«___» ____________ 20__ г.",
    "kk": "20__ жылғы «___» ________", "uz": "20__-yil «___» ________", "ky": "«___» ________ 20__-ж.",
    "tg": "«___» ________ 20__", "mn": "20__ оны __ сарын __", "tk": "«___» ________ 20__ ý.",
    "ur": "____ / ____ / 20__",
}
MN_MONTH_ORD = {1: "дүгээр", 2: "дугаар", 3: "дугаар", 4: "дүгээр", 5: "дугаар", 6: "дугаар",
                7: "дугаар", 8: "дугаар", 9: "дүгээр", 10: "дугаар", 11: "дүгээр", 12: "дугаар"}

FOOTERS: dict[str, list[str]] = {
    "zh": ["第 {p} 页 共 {n} 页", "- {p} -", "第{p}页"],
    "en": ["Page {p} of {n}", "- {p} -"],
    "ru": ["Страница {p} из {n}", "- {p} -", "стр. {p}"],
    "kk": ["{p}-бет", "- {p} -"], "uz": ["{p}-bet", "- {p} -"], "ky": ["{p}-барак", "- {p} -"],
    "tg": ["Саҳ. {p}", "- {p} -"], "mn": ["{p}-р хуудас", "- {p} -"], "tk": ["{p}-nji sahypa", "- {p} -"],
    "ur": ["صفحہ {p}", "- {p} -"],
}
PLACE_LINES: dict[str, str] = {
    "zh": "签订地点：新疆乌鲁木齐", "en": "Place of signature: Urumqi, China",
    "ru": "Место подписания: г. Урумчи, КНР",
}
