"""Hand-written translations of the demo content: English source string → translation.

Traditional Chinese as written in Taiwan (zh-hant) and Japanese (ja). Keys are the strings
wagtail-localize extracts from the English pages and snippets (rich text keeps its inline
tags, line breaks in plain text read as <br/>).
"""

ZH_HANT = {
    # --- Home ---------------------------------------------------------------------------------
    "Go Smart is a global organization of Smart Cities: member profiles, awards, pilot "
    "projects and open data.": (
        "Go Smart 是全球智慧城市組織：會員城市簡介、獎項、試辦計畫與開放資料。"
    ),
    "A global organization of Smart Cities, founded by Taipei.": (
        "由臺北發起成立的全球智慧城市組織。"
    ),
    "Cities sharing what works": "城市攜手，分享有效的做法",
    "Go Smart brings together member cities and regions on every continent to test, share "
    "and scale solutions that make urban life better.": (
        "Go Smart 匯聚各大洲的會員城市與地區，共同測試、分享並擴大推廣讓城市生活更美好的解決方案。"
    ),
    "The organization in figures": "數字看組織",
    "signatories at launch": "創始簽署城市與地區",
    "Taiwanese special municipalities": "臺灣直轄市",
    "languages on this site": "本網站提供的語言",
    "Member cities publish their strategies and the data they share, host proof-of-concept "
    "pilots for each other, and compete for the Go Smart Awards. The secretariat in Taipei "
    "keeps the network connected.": (
        "會員城市公開各自的策略與共享資料，互相提供概念驗證的試辦場域，並角逐 Go Smart 獎項。"
        "位於臺北的秘書處負責維繫整個網絡。"
    ),
    # --- About --------------------------------------------------------------------------------
    "About Go Smart": "關於 Go Smart",
    "Who we are, how the organization started and how it works.": (
        "我們是誰、組織如何成立，以及如何運作。"
    ),
    "Go Smart is a global organization of Smart Cities founded in Taipei, where member "
    "cities and regions share what they do.": (
        "Go Smart 是在臺北成立的全球智慧城市組織，會員城市與地區在這裡分享彼此的實踐。"
    ),
    "How it began": "緣起",
    "The organization was founded on Taipei's initiative, with 27 cities and regions signing "
    "its charter at launch, joined by Taiwan's special municipalities.": (
        "本組織由臺北市倡議成立，創立時有 27 個城市與地區簽署憲章，臺灣各直轄市也一同加入。"
    ),
    "Its members agree to share what they learn: the projects they pilot, the data they open "
    "and the results they measure.": (
        "會員承諾分享所學：試辦的計畫、開放的資料，以及實際量測到的成果。"
    ),
    "A city that tests a solution for another city halves the cost of learning.": (
        "一座城市替另一座城市測試解決方案，就能讓學習的成本減半。"
    ),
    "From the founding charter": "摘自創始憲章",
    # --- Secretariat --------------------------------------------------------------------------
    "Secretariat": "秘書處",
    "The team that connects members, runs the awards and the councils.": (
        "串連會員、主辦獎項與理事會的團隊。"
    ),
    "The secretariat runs the platform, the awards and the councils.": (
        "秘書處負責營運平台、獎項與理事會。"
    ),
    "The secretariat is based in Taipei. It supports member cities in publishing their "
    "profiles, coordinates the annual Go Smart Awards, organises the council meetings and "
    "keeps this site's translations up to date.": (
        "秘書處設於臺北，協助會員城市發布城市簡介，統籌每年的 Go Smart 獎項，籌辦理事會會議，"
        "並讓本網站的翻譯隨時保持最新。"
    ),
    # --- Join ---------------------------------------------------------------------------------
    "Join Go Smart": "加入 Go Smart",
    "How cities, regions and partners become members.": "城市、地區與合作夥伴如何成為會員。",
    "Cities, regions and partner organisations can apply to join. Tell us who you are and "
    "the secretariat will reply within two weeks.": (
        "城市、地區及合作機構都可以申請加入。請告訴我們您是誰，秘書處將在兩週內回覆。"
    ),
    "Thank you. The secretariat will be in touch within two weeks.": (
        "謝謝您。秘書處將在兩週內與您聯繫。"
    ),
    "Your name": "您的姓名",
    "E-mail address": "電子郵件地址",
    "City or organisation": "城市或機構",
    "Type of applicant": "申請者類型",
    "City<br/>Region<br/>Company<br/>University<br/>NGO": (
        "城市<br/>地區<br/>企業<br/>大學<br/>非政府組織"
    ),
    "What would you like to share or learn?": "您希望分享或學習什麼？",
    # --- News -----------------------------------------------------------------------------
    "News": "新聞",
    "News, press releases and conference reports from Go Smart.": (
        "Go Smart 的新聞、新聞稿與會議報告。"
    ),
    "News from member cities, press releases and reports from our conferences.": (
        "來自會員城市的消息、新聞稿，以及我們各場會議的報告。"
    ),
    "Press releases of the Go Smart secretariat with the people to call and the files to "
    "download. Follow them by RSS or Atom.": (
        "Go Smart 秘書處發布的新聞稿，附有聯絡窗口與可下載的檔案。歡迎透過 RSS 或 Atom 訂閱。"
    ),
    "About Go Smart: Go Smart is a global organization of Smart Cities founded on Taipei's "
    "initiative. Its member cities and regions share the solutions they test, the data they "
    "open and the results they measure.": (
        "關於 Go Smart：Go Smart 是由臺北市倡議成立的全球智慧城市組織，會員城市與地區在這裡"
        "分享所測試的解決方案、開放的資料與量測到的成果。"
    ),
    "Member cities sign a data-sharing charter": "會員城市簽署資料共享憲章",
    "Press release: Member cities sign a data-sharing charter": (
        "新聞稿：會員城市簽署資料共享憲章"
    ),
    "Go Smart members agreed on common rules for the datasets they share: open licences, "
    "documented formats and shared standards such as OASC MIMs and DCAT.": (
        "Go Smart 會員就共享的資料集訂定共同規則：開放授權、有文件說明的格式，以及 OASC MIMs "
        "與 DCAT 等共通標準。"
    ),
    "The charter asks every member to publish its shared datasets with a licence, a format "
    "and a contact, and to describe them with DCAT so that the shared registry on this site "
    "can list them.": (
        "憲章要求每個會員公開共享資料集時註明授權、格式與聯絡窗口，並以 DCAT 加以描述，"
        "讓本網站的共享資料登錄能夠收錄。"
    ),
    "Cities that adopt the Minimal Interoperability Mechanisms of Open &amp; Agile Smart "
    "Cities can reuse each other's applications with little adaptation.": (
        "採用 Open &amp; Agile Smart Cities 最低互通機制（MIMs）的城市，只需少量調整，"
        "就能沿用彼此的應用程式。"
    ),
    "Go Smart Summit to be held in Taipei": "Go Smart 高峰會將在臺北舉行",
    "Press release: Go Smart Summit to be held in Taipei": "新聞稿：Go Smart 高峰會將在臺北舉行",
    "The next Go Smart Summit will bring mayors, city technology officers and partners to "
    "Taipei for three days of talks, site visits and pilot presentations.": (
        "下一屆 Go Smart 高峰會將邀集各城市首長、城市科技主管與合作夥伴齊聚臺北，"
        "進行為期三天的座談、實地參訪與試辦計畫發表。"
    ),
    "The programme covers mobility, housing, health and climate resilience, with site "
    "visits to pilots running in Taipei and New Taipei.": (
        "議程涵蓋交通、住宅、健康與氣候韌性，並安排參訪臺北市與新北市正在進行的試辦計畫。"
    ),
    "Registration is open to member cities, partners and the press.": (
        "現已開放會員城市、合作夥伴與媒體報名。"
    ),
    "This site now speaks seven languages": "本網站現已提供七種語言",
    "The Go Smart website is now available in English, Traditional Chinese, Japanese, "
    "Korean, Spanish, French and Arabic.": (
        "Go Smart 網站現已提供英文、繁體中文、日文、韓文、西班牙文、法文與阿拉伯文版本。"
    ),
    "Pages not yet translated are shown in English with a notice, and the language menu "
    "says which languages have a translation.": (
        "尚未翻譯的頁面會以英文顯示並附上提示，語言選單也會標明哪些語言已有翻譯。"
    ),
    # --- Press contacts -----------------------------------------------------------------------
    "Daniel Okafor": "丹尼爾・奧卡福",
    "Press officer, Europe": "歐洲區媒體聯絡官",
    "Go Smart secretariat": "Go Smart 秘書處",
    "Lin Mei-hua": "林美華",
    "Head of communications": "公關主任",
    # --- Topics and regions -------------------------------------------------------------------
    "Smart mobility": "智慧交通",
    "Transport, navigation, parking and logistics.": "大眾運輸、導航、停車與物流。",
    "Housing and buildings": "住宅與建築",
    "Public housing, building management, energy use.": "社會住宅、建築管理與能源使用。",
    "Health and care": "健康與照護",
    "Hospitals, elderly care and public health.": "醫院、長者照護與公共衛生。",
    "Environment and energy": "環境與能源",
    "Air quality, energy, water and waste.": "空氣品質、能源、水資源與廢棄物。",
    "Digital government": "數位政府",
    "Public services, participation and open data.": "公共服務、公民參與與開放資料。",
    "Education": "教育",
    "Schools, skills and digital inclusion.": "學校、技能培育與數位包容。",
    "Public safety": "公共安全",
    "Disaster prevention, emergency services and resilience.": "防災、緊急救援與城市韌性。",
    "Economy and innovation": "經濟與創新",
    "Start-ups, tourism and testbeds.": "新創、觀光與實驗場域。",
    "East Asia": "東亞",
    "South-East Asia": "東南亞",
    "South Asia": "南亞",
    "Europe": "歐洲",
    "North America": "北美洲",
    "Latin America": "拉丁美洲",
    "Middle East and Africa": "中東與非洲",
    "Oceania": "大洋洲",
}

JA = {
    # --- Home ---------------------------------------------------------------------------------
    "Go Smart is a global organization of Smart Cities: member profiles, awards, pilot "
    "projects and open data.": (
        "Go Smart はスマートシティの国際組織です。会員都市の紹介、アワード、実証プロジェクト、"
        "オープンデータを掲載しています。"
    ),
    "A global organization of Smart Cities, founded by Taipei.": (
        "台北市の呼びかけで生まれた、スマートシティの国際組織。"
    ),
    "Cities sharing what works": "うまくいく方法を分かち合う都市",
    "Go Smart brings together member cities and regions on every continent to test, share "
    "and scale solutions that make urban life better.": (
        "Go Smart には世界各地の会員都市・地域が集まり、都市の暮らしをより良くするソリューションを"
        "試し、共有し、広げています。"
    ),
    "The organization in figures": "数字で見る Go Smart",
    "signatories at launch": "設立時に署名した都市・地域",
    "Taiwanese special municipalities": "台湾の直轄市",
    "languages on this site": "本サイトの対応言語",
    "Member cities publish their strategies and the data they share, host proof-of-concept "
    "pilots for each other, and compete for the Go Smart Awards. The secretariat in Taipei "
    "keeps the network connected.": (
        "会員都市は戦略や共有するデータを公開し、互いに概念実証（PoC）の場を提供し合い、"
        "Go Smart アワードで競い合います。ネットワークをつなぐのは台北の事務局です。"
    ),
    # --- About --------------------------------------------------------------------------------
    "About Go Smart": "Go Smart について",
    "Who we are, how the organization started and how it works.": (
        "私たちについて。組織の成り立ちと運営の仕組み。"
    ),
    "Go Smart is a global organization of Smart Cities founded in Taipei, where member "
    "cities and regions share what they do.": (
        "Go Smart は台北で設立されたスマートシティの国際組織で、会員都市や地域がそれぞれの"
        "取り組みを共有する場です。"
    ),
    "How it began": "設立の経緯",
    "The organization was founded on Taipei's initiative, with 27 cities and regions signing "
    "its charter at launch, joined by Taiwan's special municipalities.": (
        "本組織は台北市の呼びかけで設立され、発足時には 27 の都市と地域が憲章に署名し、"
        "台湾の直轄市も加わりました。"
    ),
    "Its members agree to share what they learn: the projects they pilot, the data they open "
    "and the results they measure.": (
        "会員は学んだことを共有すると約束しています。実証するプロジェクト、公開するデータ、"
        "そして測定した成果です。"
    ),
    "A city that tests a solution for another city halves the cost of learning.": (
        "ある都市が別の都市のために解決策を試せば、学びのコストは半分になる。"
    ),
    "From the founding charter": "設立憲章より",
    # --- Secretariat --------------------------------------------------------------------------
    "Secretariat": "事務局",
    "The team that connects members, runs the awards and the councils.": (
        "会員をつなぎ、アワードと評議会を運営するチーム。"
    ),
    "The secretariat runs the platform, the awards and the councils.": (
        "事務局はプラットフォーム、アワード、評議会を運営しています。"
    ),
    "The secretariat is based in Taipei. It supports member cities in publishing their "
    "profiles, coordinates the annual Go Smart Awards, organises the council meetings and "
    "keeps this site's translations up to date.": (
        "事務局は台北にあります。会員都市のプロフィール公開を支援し、毎年の Go Smart アワードを"
        "取りまとめ、評議会の会合を開き、本サイトの翻訳を最新の状態に保っています。"
    ),
    # --- Join ---------------------------------------------------------------------------------
    "Join Go Smart": "Go Smart に参加する",
    "How cities, regions and partners become members.": "都市・地域・パートナーが会員になるには。",
    "Cities, regions and partner organisations can apply to join. Tell us who you are and "
    "the secretariat will reply within two weeks.": (
        "都市、地域、パートナー団体は参加を申請できます。ご所属をお知らせいただければ、"
        "事務局から 2 週間以内にご返信します。"
    ),
    "Thank you. The secretariat will be in touch within two weeks.": (
        "ありがとうございました。事務局から 2 週間以内にご連絡いたします。"
    ),
    "Your name": "お名前",
    "E-mail address": "メールアドレス",
    "City or organisation": "都市名または団体名",
    "Type of applicant": "申請者の種別",
    "City<br/>Region<br/>Company<br/>University<br/>NGO": "都市<br/>地域<br/>企業<br/>大学<br/>NGO",
    "What would you like to share or learn?": "共有したいこと、学びたいことは何ですか？",
    # --- News -----------------------------------------------------------------------------
    "News": "ニュース",
    "News, press releases and conference reports from Go Smart.": (
        "Go Smart のニュース、プレスリリース、会議レポート。"
    ),
    "News from member cities, press releases and reports from our conferences.": (
        "会員都市からのニュース、プレスリリース、各会議のレポートをお届けします。"
    ),
    "Press releases of the Go Smart secretariat with the people to call and the files to "
    "download. Follow them by RSS or Atom.": (
        "Go Smart 事務局のプレスリリースです。問い合わせ先とダウンロード用のファイルを"
        "掲載しています。RSS または Atom で購読できます。"
    ),
    "About Go Smart: Go Smart is a global organization of Smart Cities founded on Taipei's "
    "initiative. Its member cities and regions share the solutions they test, the data they "
    "open and the results they measure.": (
        "Go Smart について：Go Smart は台北市の呼びかけで設立されたスマートシティの国際組織です。"
        "会員都市・地域は、試したソリューション、公開したデータ、測定した成果を共有しています。"
    ),
    "Member cities sign a data-sharing charter": "会員都市がデータ共有憲章に署名",
    "Press release: Member cities sign a data-sharing charter": (
        "プレスリリース：会員都市がデータ共有憲章に署名"
    ),
    "Go Smart members agreed on common rules for the datasets they share: open licences, "
    "documented formats and shared standards such as OASC MIMs and DCAT.": (
        "Go Smart の会員は、共有するデータセットの共通ルールに合意しました。オープンライセンス、"
        "文書化された形式、そして OASC MIMs や DCAT などの共通標準です。"
    ),
    "The charter asks every member to publish its shared datasets with a licence, a format "
    "and a contact, and to describe them with DCAT so that the shared registry on this site "
    "can list them.": (
        "憲章は各会員に、共有データセットをライセンス・形式・連絡先とともに公開し、"
        "本サイトの共有レジストリに掲載できるよう DCAT で記述することを求めています。"
    ),
    "Cities that adopt the Minimal Interoperability Mechanisms of Open &amp; Agile Smart "
    "Cities can reuse each other's applications with little adaptation.": (
        "Open &amp; Agile Smart Cities の最小相互運用メカニズム（MIMs）を採用した都市は、"
        "わずかな調整で互いのアプリケーションを再利用できます。"
    ),
    "Go Smart Summit to be held in Taipei": "Go Smart サミット、台北で開催へ",
    "Press release: Go Smart Summit to be held in Taipei": (
        "プレスリリース：Go Smart サミット、台北で開催へ"
    ),
    "The next Go Smart Summit will bring mayors, city technology officers and partners to "
    "Taipei for three days of talks, site visits and pilot presentations.": (
        "次回の Go Smart サミットでは、市長、都市のテクノロジー担当責任者、パートナーが台北に"
        "集まり、3 日間にわたって講演、現地視察、実証プロジェクトの発表が行われます。"
    ),
    "The programme covers mobility, housing, health and climate resilience, with site "
    "visits to pilots running in Taipei and New Taipei.": (
        "プログラムはモビリティ、住宅、健康、気候レジリエンスを扱い、台北市と新北市で進行中の"
        "実証プロジェクトの視察も予定されています。"
    ),
    "Registration is open to member cities, partners and the press.": (
        "会員都市、パートナー、報道関係者の参加登録を受け付けています。"
    ),
    "This site now speaks seven languages": "本サイトが 7 言語に対応しました",
    "The Go Smart website is now available in English, Traditional Chinese, Japanese, "
    "Korean, Spanish, French and Arabic.": (
        "Go Smart のウェブサイトを、英語、繁体字中国語、日本語、韓国語、スペイン語、"
        "フランス語、アラビア語でご覧いただけるようになりました。"
    ),
    "Pages not yet translated are shown in English with a notice, and the language menu "
    "says which languages have a translation.": (
        "まだ翻訳されていないページは注記付きの英語で表示され、言語メニューには翻訳のある言語が"
        "示されます。"
    ),
    # --- Press contacts -----------------------------------------------------------------------
    "Daniel Okafor": "ダニエル・オカフォー",
    "Press officer, Europe": "広報担当（欧州）",
    "Go Smart secretariat": "Go Smart 事務局",
    "Lin Mei-hua": "林美華",
    "Head of communications": "広報責任者",
    # --- Topics and regions -------------------------------------------------------------------
    "Smart mobility": "スマートモビリティ",
    "Transport, navigation, parking and logistics.": "公共交通、ナビゲーション、駐車場、物流。",
    "Housing and buildings": "住宅と建物",
    "Public housing, building management, energy use.": "公営住宅、建物管理、エネルギー利用。",
    "Health and care": "健康と介護",
    "Hospitals, elderly care and public health.": "病院、高齢者介護、公衆衛生。",
    "Environment and energy": "環境とエネルギー",
    "Air quality, energy, water and waste.": "大気質、エネルギー、水、廃棄物。",
    "Digital government": "デジタル行政",
    "Public services, participation and open data.": "行政サービス、市民参加、オープンデータ。",
    "Education": "教育",
    "Schools, skills and digital inclusion.": "学校、スキル、デジタル・インクルージョン。",
    "Public safety": "公共の安全",
    "Disaster prevention, emergency services and resilience.": "防災、緊急サービス、レジリエンス。",
    "Economy and innovation": "経済とイノベーション",
    "Start-ups, tourism and testbeds.": "スタートアップ、観光、実証フィールド。",
    "East Asia": "東アジア",
    "South-East Asia": "東南アジア",
    "South Asia": "南アジア",
    "Europe": "ヨーロッパ",
    "North America": "北米",
    "Latin America": "中南米",
    "Middle East and Africa": "中東・アフリカ",
    "Oceania": "オセアニア",
}

STRINGS = {"zh-hant": ZH_HANT, "ja": JA}

# Descriptions of the demo pictures used on the translated pages (ImageAltText).
IMAGE_ALT_TEXT = {
    "An illustrated city skyline with lit windows, used as a news picture.": {
        "zh-hant": "以插畫呈現的城市天際線，窗戶亮著燈，作為新聞配圖。",
        "ja": "窓に明かりがともる街並みのイラスト（ニュース用の画像）。",
    },
    "A city skyline at dusk with lit windows in tall buildings.": {
        "zh-hant": "黃昏時分的城市天際線，高樓窗戶透出燈光。",
        "ja": "夕暮れの街並み。高層ビルの窓に明かりがともっている。",
    },
}
