"""Hand-written translations of the demo content: English source string → translation.

Traditional Chinese as written in Taiwan (zh-hant) and Japanese (ja); Arabic (ar) and Spanish
(es) for the key pages (home, about, join, the members, awards and news indexes with the
media kit, the latest press release and the legal pages). Keys are the strings
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
    # --- Latest press release ----------------------------------------------------------------
    "Press release: Eight cities and regions join Go Smart": "新聞稿：八個城市與地區加入 Go Smart",
    "Eight cities and regions join Go Smart": "八個城市與地區加入 Go Smart",
    "Eight cities and regions from four continents signed the Go Smart charter this week, "
    "bringing the organization to more than thirty members.": (
        "來自四大洲的八個城市與地區本週簽署 Go Smart 憲章，組織會員數因此超過三十個。"
    ),
    "The new members were welcomed at a signing session hosted by the secretariat in Taipei. "
    "Each has committed to publish a profile, share at least one dataset and offer a site for "
    "a proof-of-concept pilot within two years.": (
        "秘書處在臺北舉辦簽署儀式，歡迎新會員加入。每位新會員都承諾在兩年內公開城市簡介、"
        "分享至少一組資料集，並提供一處概念驗證試辦場域。"
    ),
    "Membership is open to cities, regions and special municipalities. Partner companies, "
    "universities and NGOs take part through the pilots and the awards.": (
        "會員資格開放給城市、地區與直轄市。合作企業、大學與非政府組織則透過試辦計畫與獎項參與。"
    ),
    # --- Legal pages --------------------------------------------------------------------------
    "Privacy notice": "隱私權聲明",
    "What we collect, why, for how long, and how to reach us about it.": (
        "我們蒐集哪些資料、為什麼、保存多久，以及如何就此與我們聯絡。"
    ),
    "What the Go Smart secretariat collects through this site, why, and your rights.": (
        "Go Smart 秘書處透過本網站蒐集哪些資料、原因為何，以及您的權利。"
    ),
    "Who is responsible": "負責單位",
    "The Go Smart secretariat in Taipei runs this site and decides how the information "
    "described here is used. Write to secretariat@gosmart.example about anything on this "
    "page.": (
        "本網站由位於臺北的 Go Smart 秘書處營運，並決定本頁所述資料的使用方式。"
        "對本頁內容有任何問題，請寫信至 secretariat@gosmart.example。"
    ),
    "What we collect": "我們蒐集的資料",
    "Reading the site: nothing that identifies you. The site has no analytics, no "
    "advertising and no tracking from other companies. Our servers keep access logs "
    "(address, time, page asked for) for 30 days to keep the site secure.": (
        "瀏覽網站時：不蒐集任何可識別您身分的資料。本網站沒有流量分析、沒有廣告，也沒有"
        "其他公司的追蹤。為維護網站安全，伺服器會保存存取紀錄（位址、時間、所要求的頁面）"
        "30 天。"
    ),
    "The Join form: your name, e-mail address, city or organisation, the kind of applicant "
    "and what you write. We use them only to answer your application, keep them for two "
    "years after the decision, and share them with nobody outside the secretariat and the "
    "council that decides on membership.": (
        "加入申請表：您的姓名、電子郵件地址、城市或機構、申請者類型及您填寫的內容。"
        "這些資料僅用於回覆您的申請，在決定後保存兩年，且不會提供給秘書處及審議會員資格的"
        "理事會以外的任何人。"
    ),
    "Your rights": "您的權利",
    "You may ask to see, correct or delete what we hold about you, or object to its use, by "
    "writing to the address above. We answer within one month.": (
        "您可以寫信至上述地址，要求查閱、更正或刪除我們保存的您的資料，或反對其使用。"
        "我們會在一個月內回覆。"
    ),
    "Legal notice": "法律聲明",
    "Publisher, contact and the licence of the site's content.": (
        "發行者、聯絡方式及網站內容的授權。"
    ),
    "Who publishes this site, and on what terms its content may be reused.": (
        "本網站由誰發行，以及其內容可在什麼條件下再利用。"
    ),
    "Publisher": "發行者",
    "Go Smart, a global organization of Smart Cities, represented by its secretariat in "
    "Taipei. Contact: secretariat@gosmart.example.": (
        "Go Smart，全球智慧城市組織，由位於臺北的秘書處代表。聯絡方式："
        "secretariat@gosmart.example。"
    ),
    "Reusing the content": "內容再利用",
    "Text and data on this site are licensed under Creative Commons Attribution 4.0 unless a "
    "page says otherwise; the open-data files state their own licence. Logos and "
    "photographs belong to their owners, named with each picture.": (
        "除頁面另有說明外，本網站的文字與資料以創用 CC 姓名標示 4.0 授權；開放資料檔案"
        "各自載明其授權。標誌與照片屬於其所有者，並於每張圖片旁註明。"
    ),
    "Member cities' pages": "會員城市頁面",
    "Each member city keeps its own profile up to date; the secretariat reviews every "
    "change before it is published.": (
        "各會員城市自行更新其城市簡介；每項修改在發布前皆由秘書處審核。"
    ),
    "Cookies": "Cookie",
    "Every cookie this site sets, and why.": "本網站設定的每一個 Cookie 及其用途。",
    "This site sets as few cookies as it can, and none to follow you.": (
        "本網站盡可能少用 Cookie，且不使用任何追蹤您的 Cookie。"
    ),
    "Cookies for visitors": "訪客的 Cookie",
    "gosmart_language remembers the language you chose from the language menu, for one "
    "year. It is set only when you choose a language.": (
        "gosmart_language 會記住您在語言選單中選擇的語言，保存一年。只有在您選擇語言時才會設定。"
    ),
    "csrftoken protects forms, such as the Join form, from being sent by another site in "
    "your name. It is set when a page with a form is shown.": (
        "csrftoken 保護表單（例如加入申請表），防止其他網站以您的名義送出。"
        "在顯示含有表單的頁面時設定。"
    ),
    "Cookies for editors": "編輯者的 Cookie",
    "sessionid keeps editors, and visitors who entered a page's password, signed in until "
    "they sign out, for at most two weeks.": (
        "sessionid 讓編輯者及輸入過頁面密碼的訪客保持登入，直到登出為止，最長兩週。"
    ),
    "What we do not use": "我們不使用的",
    "No analytics, advertising, social media or other third-party cookies. Every cookie "
    "above is needed for the site to work, so there is no consent banner.": (
        "不使用流量分析、廣告、社群媒體或其他第三方 Cookie。上述每個 Cookie 都是網站運作"
        "所必需，因此沒有同意橫幅。"
    ),
    "Accessibility statement": "無障礙聲明",
    "Our accessibility target, how we test it, and how to tell us about a problem.": (
        "我們的無障礙目標、測試方式，以及如何向我們回報問題。"
    ),
    "We want everyone to be able to read and use this site, in every language.": (
        "我們希望每個人都能以任何語言閱讀和使用本網站。"
    ),
    "Our target": "我們的目標",
    "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA "
    "in every language, including Arabic, which is read from right to left.": (
        "本網站的目標是在所有語言中符合網頁內容無障礙指引（WCAG）2.2 AA 等級，"
        "包括由右至左閱讀的阿拉伯文。"
    ),
    "How we check": "檢測方式",
    "Every page type is tested automatically in every language, on desktop and phone screen "
    "sizes, with the axe-core accessibility checker and the Nu Html Checker, and with a "
    "keyboard only. Changes that fail these tests are not published.": (
        "每種頁面類型都以所有語言、在桌機與手機螢幕尺寸下，使用 axe-core 無障礙檢測工具與 "
        "Nu Html Checker 自動測試，並僅用鍵盤操作測試。未通過測試的修改不會發布。"
    ),
    "Tell us about a problem": "回報問題",
    "If something is hard to use, write to secretariat@gosmart.example with the page's "
    "address. We reply within ten working days.": (
        "如果有任何難以使用之處，請附上該頁網址寫信至 secretariat@gosmart.example。"
        "我們會在十個工作天內回覆。"
    ),
    # --- Media kit (news index) ----------------------------------------------------------------
    "Go Smart is a global organization of Smart Cities, founded on Taipei's initiative. Its "
    "member cities and regions on every continent share the solutions they test, the data "
    "they open and the results they measure: member profiles, pilot projects hosted by one "
    "city for another, the yearly Go Smart Awards and open data, in seven languages. The "
    "secretariat is in Taipei.": (
        "Go Smart 是由臺北倡議成立的全球智慧城市組織。遍布各大洲的會員城市與地區分享各自"
        "測試的解決方案、開放的資料與量測的成果：會員城市簡介、由一座城市為另一座城市提供"
        "場域的試辦計畫、年度 Go Smart 獎項與開放資料，並以七種語言呈現。秘書處設於臺北。"
    ),
    "Logo (colour)": "標誌（彩色）",
    "Logo (white)": "標誌（白色）",
    "Fact sheet": "組織簡介資料",
    "A city skyline at dusk, with lit windows (illustration).": (
        "黃昏時的城市天際線，窗戶亮著燈（插畫）。"
    ),
    "Towers and low-rise streets of a member city (illustration).": (
        "會員城市的高樓與低矮街區（插畫）。"
    ),
    "An evening skyline over the river (illustration).": "河畔的夜晚天際線（插畫）。",
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
    # --- Latest press release ----------------------------------------------------------------
    "Press release: Eight cities and regions join Go Smart": (
        "プレスリリース：8つの都市・地域が Go Smart に加盟"
    ),
    "Eight cities and regions join Go Smart": "8つの都市・地域が Go Smart に加盟",
    "Eight cities and regions from four continents signed the Go Smart charter this week, "
    "bringing the organization to more than thirty members.": (
        "今週、4大陸の8つの都市・地域が Go Smart 憲章に署名し、加盟数は30を超えました。"
    ),
    "The new members were welcomed at a signing session hosted by the secretariat in Taipei. "
    "Each has committed to publish a profile, share at least one dataset and offer a site for "
    "a proof-of-concept pilot within two years.": (
        "新メンバーは、台北の事務局が主催した署名式で迎えられました。各メンバーは2年以内に"
        "プロフィールを公開し、少なくとも1つのデータセットを共有し、実証実験の場を提供する"
        "ことを約束しています。"
    ),
    "Membership is open to cities, regions and special municipalities. Partner companies, "
    "universities and NGOs take part through the pilots and the awards.": (
        "加盟は都市、地域、直轄市に開かれています。パートナー企業、大学、NGO は実証実験と"
        "アワードを通じて参加します。"
    ),
    # --- Legal pages --------------------------------------------------------------------------
    "Privacy notice": "プライバシーに関するお知らせ",
    "What we collect, why, for how long, and how to reach us about it.": (
        "収集する情報、その理由と保存期間、お問い合わせ先。"
    ),
    "What the Go Smart secretariat collects through this site, why, and your rights.": (
        "Go Smart 事務局が本サイトを通じて収集する情報とその理由、そしてあなたの権利。"
    ),
    "Who is responsible": "責任者",
    "The Go Smart secretariat in Taipei runs this site and decides how the information "
    "described here is used. Write to secretariat@gosmart.example about anything on this "
    "page.": (
        "本サイトは台北の Go Smart 事務局が運営し、ここに記載する情報の利用方法を決定します。"
        "このページの内容については secretariat@gosmart.example までご連絡ください。"
    ),
    "What we collect": "収集する情報",
    "Reading the site: nothing that identifies you. The site has no analytics, no "
    "advertising and no tracking from other companies. Our servers keep access logs "
    "(address, time, page asked for) for 30 days to keep the site secure.": (
        "閲覧時：あなたを特定する情報は収集しません。本サイトにはアクセス解析も広告も他社に"
        "よるトラッキングもありません。サイトの安全を守るため、サーバーはアクセスログ"
        "（アドレス、日時、要求されたページ）を30日間保存します。"
    ),
    "The Join form: your name, e-mail address, city or organisation, the kind of applicant "
    "and what you write. We use them only to answer your application, keep them for two "
    "years after the decision, and share them with nobody outside the secretariat and the "
    "council that decides on membership.": (
        "加盟申請フォーム：お名前、メールアドレス、都市または団体、申請者の種類、ご記入の"
        "内容。これらは申請への回答にのみ使用し、決定後2年間保存し、事務局と加盟を決定する"
        "理事会以外には提供しません。"
    ),
    "Your rights": "あなたの権利",
    "You may ask to see, correct or delete what we hold about you, or object to its use, by "
    "writing to the address above. We answer within one month.": (
        "上記の宛先にご連絡いただければ、保有する情報の開示、訂正、削除、または利用への"
        "異議を申し立てることができます。1か月以内に回答します。"
    ),
    "Legal notice": "法的情報",
    "Publisher, contact and the licence of the site's content.": (
        "発行者、連絡先、サイトのコンテンツのライセンス。"
    ),
    "Who publishes this site, and on what terms its content may be reused.": (
        "本サイトの発行者と、コンテンツを再利用できる条件。"
    ),
    "Publisher": "発行者",
    "Go Smart, a global organization of Smart Cities, represented by its secretariat in "
    "Taipei. Contact: secretariat@gosmart.example.": (
        "Go Smart（スマートシティの国際組織）、代表は台北の事務局。連絡先："
        "secretariat@gosmart.example。"
    ),
    "Reusing the content": "コンテンツの再利用",
    "Text and data on this site are licensed under Creative Commons Attribution 4.0 unless a "
    "page says otherwise; the open-data files state their own licence. Logos and "
    "photographs belong to their owners, named with each picture.": (
        "ページに別段の記載がない限り、本サイトの文章とデータはクリエイティブ・コモンズ 表示 "
        "4.0 の下で提供されます。オープンデータのファイルにはそれぞれのライセンスが記載され"
        "ています。ロゴと写真は、各画像に記載された所有者に帰属します。"
    ),
    "Member cities' pages": "加盟都市のページ",
    "Each member city keeps its own profile up to date; the secretariat reviews every "
    "change before it is published.": (
        "各加盟都市が自らのプロフィールを最新に保ち、事務局がすべての変更を公開前に確認します。"
    ),
    "Cookies": "Cookie",
    "Every cookie this site sets, and why.": "本サイトが設定するすべての Cookie とその目的。",
    "This site sets as few cookies as it can, and none to follow you.": (
        "本サイトが設定する Cookie は必要最小限で、あなたを追跡するものは一切ありません。"
    ),
    "Cookies for visitors": "閲覧者向けの Cookie",
    "gosmart_language remembers the language you chose from the language menu, for one "
    "year. It is set only when you choose a language.": (
        "gosmart_language は、言語メニューで選んだ言語を1年間記憶します。言語を選んだときに"
        "のみ設定されます。"
    ),
    "csrftoken protects forms, such as the Join form, from being sent by another site in "
    "your name. It is set when a page with a form is shown.": (
        "csrftoken は、加盟申請フォームなどのフォームが他のサイトからあなたの名前で送信される"
        "のを防ぎます。フォームのあるページを表示したときに設定されます。"
    ),
    "Cookies for editors": "編集者向けの Cookie",
    "sessionid keeps editors, and visitors who entered a page's password, signed in until "
    "they sign out, for at most two weeks.": (
        "sessionid は、編集者とページのパスワードを入力した閲覧者を、ログアウトするまで"
        "最長2週間ログイン状態に保ちます。"
    ),
    "What we do not use": "使用しないもの",
    "No analytics, advertising, social media or other third-party cookies. Every cookie "
    "above is needed for the site to work, so there is no consent banner.": (
        "アクセス解析、広告、ソーシャルメディアその他の第三者 Cookie は使用しません。上記の "
        "Cookie はいずれもサイトの動作に必要なため、同意バナーはありません。"
    ),
    "Accessibility statement": "アクセシビリティ方針",
    "Our accessibility target, how we test it, and how to tell us about a problem.": (
        "アクセシビリティの目標、その確認方法、問題のご報告方法。"
    ),
    "We want everyone to be able to read and use this site, in every language.": (
        "すべての人が、どの言語でも本サイトを読み、使えるようにしたいと考えています。"
    ),
    "Our target": "目標",
    "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA "
    "in every language, including Arabic, which is read from right to left.": (
        "本サイトは、右から左へ読むアラビア語を含むすべての言語で、ウェブコンテンツ・"
        "アクセシビリティ・ガイドライン（WCAG）2.2 のレベル AA を満たすことを目指しています。"
    ),
    "How we check": "確認方法",
    "Every page type is tested automatically in every language, on desktop and phone screen "
    "sizes, with the axe-core accessibility checker and the Nu Html Checker, and with a "
    "keyboard only. Changes that fail these tests are not published.": (
        "すべてのページの種類を、すべての言語で、パソコンとスマートフォンの画面サイズで、"
        "axe-core アクセシビリティチェッカーと Nu Html Checker により自動でテストし、"
        "キーボードだけでの操作も確認しています。テストに合格しない変更は公開されません。"
    ),
    "Tell us about a problem": "問題のご報告",
    "If something is hard to use, write to secretariat@gosmart.example with the page's "
    "address. We reply within ten working days.": (
        "使いにくい点があれば、ページのアドレスを添えて secretariat@gosmart.example まで"
        "お知らせください。10営業日以内に返信します。"
    ),
    # --- Media kit (news index) ----------------------------------------------------------------
    "Go Smart is a global organization of Smart Cities, founded on Taipei's initiative. Its "
    "member cities and regions on every continent share the solutions they test, the data "
    "they open and the results they measure: member profiles, pilot projects hosted by one "
    "city for another, the yearly Go Smart Awards and open data, in seven languages. The "
    "secretariat is in Taipei.": (
        "Go Smart は、台北の呼びかけで設立されたスマートシティの国際組織です。各大陸の加盟"
        "都市・地域が、試した解決策、公開したデータ、測定した成果を共有しています。加盟都市の"
        "プロフィール、ある都市が別の都市のために受け入れる実証実験、毎年の Go Smart アワード、"
        "オープンデータを7つの言語で紹介します。事務局は台北にあります。"
    ),
    "Logo (colour)": "ロゴ（カラー）",
    "Logo (white)": "ロゴ（白）",
    "Fact sheet": "ファクトシート",
    "A city skyline at dusk, with lit windows (illustration).": (
        "夕暮れの街並み。窓に明かりがともっている（イラスト）。"
    ),
    "Towers and low-rise streets of a member city (illustration).": (
        "加盟都市の高層ビルと低層の街並み（イラスト）。"
    ),
    "An evening skyline over the river (illustration).": "川辺の夜の街並み（イラスト）。",
}

# Arabic (Modern Standard Arabic): the home, about and join pages.
AR = {
    # --- Home ---------------------------------------------------------------------------------
    "Go Smart is a global organization of Smart Cities: member profiles, awards, pilot "
    "projects and open data.": (
        "Go Smart منظمة عالمية للمدن الذكية: تعريف بالمدن الأعضاء، وجوائز، ومشروعات تجريبية، "
        "وبيانات مفتوحة."
    ),
    "A global organization of Smart Cities, founded by Taipei.": (
        "منظمة عالمية للمدن الذكية، أسستها مدينة تايبيه."
    ),
    "Cities sharing what works": "مدن تتشارك ما ينجح",
    "Go Smart brings together member cities and regions on every continent to test, share "
    "and scale solutions that make urban life better.": (
        "تجمع Go Smart مدنًا ومناطق أعضاء من كل القارات لتجربة الحلول التي تحسّن الحياة في "
        "المدن وتبادلها وتوسيع نطاقها."
    ),
    "The organization in figures": "المنظمة بالأرقام",
    "signatories at launch": "موقّعون عند التأسيس",
    "Taiwanese special municipalities": "بلديات تايوان الخاصة",
    "languages on this site": "لغات هذا الموقع",
    "Member cities publish their strategies and the data they share, host proof-of-concept "
    "pilots for each other, and compete for the Go Smart Awards. The secretariat in Taipei "
    "keeps the network connected.": (
        "تنشر المدن الأعضاء استراتيجياتها والبيانات التي تتشاركها، وتستضيف بعضها لبعض "
        "مشروعات تجريبية لإثبات المفهوم، وتتنافس على جوائز Go Smart. وتحافظ الأمانة العامة "
        "في تايبيه على تواصل الشبكة."
    ),
    # --- About --------------------------------------------------------------------------------
    "About Go Smart": "عن Go Smart",
    "Who we are, how the organization started and how it works.": (
        "من نحن، وكيف نشأت المنظمة، وكيف تعمل."
    ),
    "Go Smart is a global organization of Smart Cities founded in Taipei, where member "
    "cities and regions share what they do.": (
        "Go Smart منظمة عالمية للمدن الذكية تأسست في تايبيه، تتشارك فيها المدن والمناطق "
        "الأعضاء ما تقوم به."
    ),
    "How it began": "كيف بدأت",
    "The organization was founded on Taipei's initiative, with 27 cities and regions signing "
    "its charter at launch, joined by Taiwan's special municipalities.": (
        "تأسست المنظمة بمبادرة من تايبيه، ووقّع ميثاقها عند انطلاقها 27 مدينة ومنطقة، "
        "وانضمت إليها بلديات تايوان الخاصة."
    ),
    "Its members agree to share what they learn: the projects they pilot, the data they open "
    "and the results they measure.": (
        "يتفق أعضاؤها على تبادل ما يتعلمونه: المشروعات التي يجربونها، والبيانات التي "
        "يفتحونها، والنتائج التي يقيسونها."
    ),
    "A city that tests a solution for another city halves the cost of learning.": (
        "المدينة التي تجرّب حلًا من أجل مدينة أخرى تخفض كلفة التعلّم إلى النصف."
    ),
    "From the founding charter": "من الميثاق التأسيسي",
    # --- Join ---------------------------------------------------------------------------------
    "Join Go Smart": "انضم إلى Go Smart",
    "How cities, regions and partners become members.": ("كيف تصبح المدن والمناطق والشركاء أعضاء."),
    "Cities, regions and partner organisations can apply to join. Tell us who you are and "
    "the secretariat will reply within two weeks.": (
        "يمكن للمدن والمناطق والمنظمات الشريكة التقدم بطلب الانضمام. عرّفنا بنفسك وسترد "
        "الأمانة العامة خلال أسبوعين."
    ),
    "Thank you. The secretariat will be in touch within two weeks.": (
        "شكرًا لك. ستتواصل معك الأمانة العامة خلال أسبوعين."
    ),
    "Your name": "الاسم",
    "E-mail address": "البريد الإلكتروني",
    "City or organisation": "المدينة أو المنظمة",
    "Type of applicant": "نوع مقدم الطلب",
    "City<br/>Region<br/>Company<br/>University<br/>NGO": (
        "مدينة<br/>منطقة<br/>شركة<br/>جامعة<br/>منظمة غير حكومية"
    ),
    "What would you like to share or learn?": "ما الذي تود أن تشاركه أو تتعلمه؟",
    # --- Members and awards indexes ----------------------------------------------------------
    "Members": "الأعضاء",
    "Every member city and region, on a map and A–Z.": (
        "كل المدن والمناطق الأعضاء، على الخريطة وبالترتيب الأبجدي."
    ),
    "Cities and regions on every continent that share their strategies, their data and "
    "their pilots. Filter by region, country, membership type or topic.": (
        "مدن ومناطق من كل القارات تتشارك استراتيجياتها وبياناتها ومشروعاتها التجريبية. "
        "صفِّ القائمة حسب المنطقة أو البلد أو نوع العضوية أو الموضوع."
    ),
    "Go Smart Awards": "جوائز Go Smart",
    "Winners, finalists and special mentions of every edition since 2024.": (
        "الفائزون والمتأهلون إلى النهائيات والتنويهات الخاصة في كل دورة منذ عام 2024."
    ),
    "Every year the Go Smart Awards recognise projects that make member cities better "
    "places to live, and help them travel from one city to the next.": (
        "تكرّم جوائز Go Smart كل عام مشروعات تجعل المدن الأعضاء أماكن أفضل للعيش، وتساعدها "
        "على الانتقال من مدينة إلى أخرى."
    ),
    # --- News and press room -----------------------------------------------------------------
    "News": "الأخبار",
    "News, press releases and conference reports from Go Smart.": (
        "أخبار Go Smart وبياناتها الصحفية وتقارير مؤتمراتها."
    ),
    "News from member cities, press releases and reports from our conferences.": (
        "أخبار المدن الأعضاء، والبيانات الصحفية، وتقارير مؤتمراتنا."
    ),
    "Press releases of the Go Smart secretariat with the people to call and the files to "
    "download. Follow them by RSS or Atom.": (
        "البيانات الصحفية للأمانة العامة لـ Go Smart، مع جهات الاتصال والملفات القابلة "
        "للتنزيل. تابعها عبر RSS أو Atom."
    ),
    "Go Smart is a global organization of Smart Cities, founded on Taipei's initiative. Its "
    "member cities and regions on every continent share the solutions they test, the data "
    "they open and the results they measure: member profiles, pilot projects hosted by one "
    "city for another, the yearly Go Smart Awards and open data, in seven languages. The "
    "secretariat is in Taipei.": (
        "Go Smart منظمة عالمية للمدن الذكية تأسست بمبادرة من تايبيه. تتشارك مدنها ومناطقها "
        "الأعضاء في كل القارات الحلول التي تجرّبها والبيانات التي تفتحها والنتائج التي "
        "تقيسها: تعريف بالأعضاء، ومشروعات تجريبية تستضيفها مدينة لأخرى، وجوائز Go Smart "
        "السنوية، وبيانات مفتوحة، بسبع لغات. ومقر الأمانة العامة في تايبيه."
    ),
    "Logo (colour)": "الشعار (بالألوان)",
    "Logo (white)": "الشعار (أبيض)",
    "Fact sheet": "صحيفة الوقائع",
    "A city skyline at dusk, with lit windows (illustration).": (
        "أفق مدينة عند الغسق، ونوافذها مضاءة (رسم توضيحي)."
    ),
    "Towers and low-rise streets of a member city (illustration).": (
        "أبراج وشوارع ذات مبانٍ منخفضة في مدينة عضو (رسم توضيحي)."
    ),
    "An evening skyline over the river (illustration).": (
        "أفق المدينة مساءً فوق النهر (رسم توضيحي)."
    ),
    "Go Smart secretariat": "الأمانة العامة لـ Go Smart",
    "Press release: Eight cities and regions join Go Smart": (
        "بيان صحفي: ثماني مدن ومناطق تنضم إلى Go Smart"
    ),
    "Eight cities and regions join Go Smart": "ثماني مدن ومناطق تنضم إلى Go Smart",
    "Eight cities and regions from four continents signed the Go Smart charter this week, "
    "bringing the organization to more than thirty members.": (
        "وقّعت هذا الأسبوع ثماني مدن ومناطق من أربع قارات ميثاق Go Smart، ليتجاوز عدد "
        "أعضاء المنظمة ثلاثين عضوًا."
    ),
    "The new members were welcomed at a signing session hosted by the secretariat in Taipei. "
    "Each has committed to publish a profile, share at least one dataset and offer a site for "
    "a proof-of-concept pilot within two years.": (
        "استُقبل الأعضاء الجدد في جلسة توقيع استضافتها الأمانة العامة في تايبيه. وقد التزم "
        "كل منهم بنشر صفحة تعريفية، ومشاركة مجموعة بيانات واحدة على الأقل، وتوفير موقع "
        "لمشروع تجريبي لإثبات المفهوم في غضون عامين."
    ),
    "Membership is open to cities, regions and special municipalities. Partner companies, "
    "universities and NGOs take part through the pilots and the awards.": (
        "العضوية مفتوحة للمدن والمناطق والبلديات الخاصة. وتشارك الشركات والجامعات "
        "والمنظمات غير الحكومية الشريكة عبر المشروعات التجريبية والجوائز."
    ),
    "About Go Smart: Go Smart is a global organization of Smart Cities founded on Taipei's "
    "initiative. Its member cities and regions share the solutions they test, the data they "
    "open and the results they measure.": (
        "عن Go Smart: ‏Go Smart منظمة عالمية للمدن الذكية تأسست بمبادرة من تايبيه. تتشارك "
        "مدنها ومناطقها الأعضاء الحلول التي تجرّبها والبيانات التي تفتحها والنتائج التي "
        "تقيسها."
    ),
    # --- Legal pages --------------------------------------------------------------------------
    "Privacy notice": "إشعار الخصوصية",
    "What we collect, why, for how long, and how to reach us about it.": (
        "ما نجمعه، ولماذا، ولأي مدة، وكيف تتواصل معنا بشأنه."
    ),
    "What the Go Smart secretariat collects through this site, why, and your rights.": (
        "ما تجمعه الأمانة العامة لـ Go Smart عبر هذا الموقع، ولماذا، وما حقوقك."
    ),
    "Who is responsible": "الجهة المسؤولة",
    "The Go Smart secretariat in Taipei runs this site and decides how the information "
    "described here is used. Write to secretariat@gosmart.example about anything on this "
    "page.": (
        "تدير الأمانة العامة لـ Go Smart في تايبيه هذا الموقع، وتقرر كيفية استخدام "
        "المعلومات الموصوفة هنا. راسلنا على secretariat@gosmart.example بشأن أي أمر في "
        "هذه الصفحة."
    ),
    "What we collect": "ما نجمعه",
    "Reading the site: nothing that identifies you. The site has no analytics, no "
    "advertising and no tracking from other companies. Our servers keep access logs "
    "(address, time, page asked for) for 30 days to keep the site secure.": (
        "عند تصفح الموقع: لا شيء يكشف هويتك. لا يستخدم الموقع أدوات تحليل ولا إعلانات ولا "
        "تتبعًا من شركات أخرى. وتحتفظ خوادمنا بسجلات الوصول (العنوان والوقت والصفحة "
        "المطلوبة) لمدة 30 يومًا للحفاظ على أمن الموقع."
    ),
    "The Join form: your name, e-mail address, city or organisation, the kind of applicant "
    "and what you write. We use them only to answer your application, keep them for two "
    "years after the decision, and share them with nobody outside the secretariat and the "
    "council that decides on membership.": (
        "نموذج الانضمام: اسمك، وعنوان بريدك الإلكتروني، ومدينتك أو مؤسستك، ونوع مقدّم "
        "الطلب، وما تكتبه. نستخدم هذه البيانات للرد على طلبك فقط، ونحتفظ بها لمدة عامين "
        "بعد القرار، ولا نشاركها مع أحد خارج الأمانة العامة والمجلس الذي يقرر العضوية."
    ),
    "Your rights": "حقوقك",
    "You may ask to see, correct or delete what we hold about you, or object to its use, by "
    "writing to the address above. We answer within one month.": (
        "يمكنك أن تطلب الاطلاع على ما نحتفظ به عنك أو تصحيحه أو حذفه، أو أن تعترض على "
        "استخدامه، بالكتابة إلى العنوان أعلاه. ونرد خلال شهر واحد."
    ),
    "Legal notice": "الإشعار القانوني",
    "Publisher, contact and the licence of the site's content.": (
        "الناشر وجهة الاتصال وترخيص محتوى الموقع."
    ),
    "Who publishes this site, and on what terms its content may be reused.": (
        "من ينشر هذا الموقع، وبأي شروط يمكن إعادة استخدام محتواه."
    ),
    "Publisher": "الناشر",
    "Go Smart, a global organization of Smart Cities, represented by its secretariat in "
    "Taipei. Contact: secretariat@gosmart.example.": (
        "Go Smart، منظمة عالمية للمدن الذكية، تمثلها أمانتها العامة في تايبيه. للتواصل: "
        "secretariat@gosmart.example."
    ),
    "Reusing the content": "إعادة استخدام المحتوى",
    "Text and data on this site are licensed under Creative Commons Attribution 4.0 unless a "
    "page says otherwise; the open-data files state their own licence. Logos and "
    "photographs belong to their owners, named with each picture.": (
        "النصوص والبيانات في هذا الموقع مرخّصة بموجب رخصة المشاع الإبداعي - نسب المصنف 4.0 "
        "ما لم تذكر الصفحة خلاف ذلك؛ وتذكر ملفات البيانات المفتوحة ترخيصها الخاص. أما "
        "الشعارات والصور فملك لأصحابها المذكورين مع كل صورة."
    ),
    "Member cities' pages": "صفحات المدن الأعضاء",
    "Each member city keeps its own profile up to date; the secretariat reviews every "
    "change before it is published.": (
        "تحدّث كل مدينة عضو صفحتها التعريفية بنفسها، وتراجع الأمانة العامة كل تغيير قبل نشره."
    ),
    "Cookies": "ملفات تعريف الارتباط",
    "Every cookie this site sets, and why.": "كل ملف تعريف ارتباط يضعه هذا الموقع، ولماذا.",
    "This site sets as few cookies as it can, and none to follow you.": (
        "يضع هذا الموقع أقل عدد ممكن من ملفات تعريف الارتباط، ولا يضع أيًّا منها لتتبّعك."
    ),
    "Cookies for visitors": "ملفات تعريف الارتباط للزوار",
    "gosmart_language remembers the language you chose from the language menu, for one "
    "year. It is set only when you choose a language.": (
        "يتذكر gosmart_language اللغة التي اخترتها من قائمة اللغات لمدة عام واحد. ولا يوضع "
        "إلا عندما تختار لغة."
    ),
    "csrftoken protects forms, such as the Join form, from being sent by another site in "
    "your name. It is set when a page with a form is shown.": (
        "يحمي csrftoken النماذج، مثل نموذج الانضمام، من أن يرسلها موقع آخر باسمك. ويوضع "
        "عند عرض صفحة فيها نموذج."
    ),
    "Cookies for editors": "ملفات تعريف الارتباط للمحررين",
    "sessionid keeps editors, and visitors who entered a page's password, signed in until "
    "they sign out, for at most two weeks.": (
        "يُبقي sessionid المحررين، والزوار الذين أدخلوا كلمة مرور صفحة ما، مسجَّلي الدخول "
        "حتى يسجلوا الخروج، لمدة أقصاها أسبوعان."
    ),
    "What we do not use": "ما لا نستخدمه",
    "No analytics, advertising, social media or other third-party cookies. Every cookie "
    "above is needed for the site to work, so there is no consent banner.": (
        "لا ملفات تعريف ارتباط للتحليلات أو الإعلانات أو وسائل التواصل الاجتماعي أو لأي "
        "طرف ثالث. كل ملف مذكور أعلاه ضروري لعمل الموقع، لذلك لا يوجد شريط لطلب الموافقة."
    ),
    "Accessibility statement": "بيان إمكانية الوصول",
    "Our accessibility target, how we test it, and how to tell us about a problem.": (
        "هدفنا في إمكانية الوصول، وكيف نختبره، وكيف تبلغنا بمشكلة."
    ),
    "We want everyone to be able to read and use this site, in every language.": (
        "نريد أن يتمكن الجميع من قراءة هذا الموقع واستخدامه، بكل اللغات."
    ),
    "Our target": "هدفنا",
    "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA "
    "in every language, including Arabic, which is read from right to left.": (
        "يهدف الموقع إلى استيفاء إرشادات إمكانية الوصول إلى محتوى الويب (WCAG) 2.2 على "
        "المستوى AA بكل اللغات، ومنها العربية التي تُقرأ من اليمين إلى اليسار."
    ),
    "How we check": "كيف نتحقق",
    "Every page type is tested automatically in every language, on desktop and phone screen "
    "sizes, with the axe-core accessibility checker and the Nu Html Checker, and with a "
    "keyboard only. Changes that fail these tests are not published.": (
        "يُختبر كل نوع من الصفحات آليًّا بكل اللغات، على شاشات الحواسيب والهواتف، بأداة "
        "axe-core لفحص إمكانية الوصول وبأداة Nu Html Checker، وباستخدام لوحة المفاتيح "
        "وحدها. ولا تُنشر التغييرات التي لا تجتاز هذه الاختبارات."
    ),
    "Tell us about a problem": "أبلغنا بمشكلة",
    "If something is hard to use, write to secretariat@gosmart.example with the page's "
    "address. We reply within ten working days.": (
        "إذا صعُب عليك استخدام شيء ما، فراسلنا على secretariat@gosmart.example مع ذكر "
        "عنوان الصفحة. ونرد خلال عشرة أيام عمل."
    ),
}


# Spanish (es) for the same key pages as Arabic.
ES = {
    "Go Smart is a global organization of Smart Cities: member profiles, awards, pilot "
    "projects and open data.": (
        "Go Smart es una organización mundial de ciudades inteligentes: perfiles de los "
        "miembros, premios, proyectos piloto y datos abiertos."
    ),
    "A global organization of Smart Cities, founded by Taipei.": (
        "Una organización mundial de ciudades inteligentes, fundada por Taipéi."
    ),
    "Cities sharing what works": "Ciudades que comparten lo que funciona",
    "Go Smart brings together member cities and regions on every continent to test, share "
    "and scale solutions that make urban life better.": (
        "Go Smart reúne a ciudades y regiones miembros de todos los continentes para probar, "
        "compartir y ampliar soluciones que mejoran la vida urbana."
    ),
    "The organization in figures": "La organización en cifras",
    "signatories at launch": "firmantes en la fundación",
    "Taiwanese special municipalities": "municipios especiales de Taiwán",
    "languages on this site": "idiomas de este sitio",
    "Member cities publish their strategies and the data they share, host proof-of-concept "
    "pilots for each other, and compete for the Go Smart Awards. The secretariat in Taipei "
    "keeps the network connected.": (
        "Las ciudades miembros publican sus estrategias y los datos que comparten, acogen "
        "pilotos de prueba de concepto unas para otras y compiten por los Premios Go Smart. La "
        "secretaría en Taipéi mantiene conectada la red."
    ),
    "About Go Smart": "Acerca de Go Smart",
    "Who we are, how the organization started and how it works.": (
        "Quiénes somos, cómo nació la organización y cómo funciona."
    ),
    "Go Smart is a global organization of Smart Cities founded in Taipei, where member "
    "cities and regions share what they do.": (
        "Go Smart es una organización mundial de ciudades inteligentes fundada en Taipéi, "
        "donde ciudades y regiones miembros comparten lo que hacen."
    ),
    "How it began": "Cómo empezó",
    "The organization was founded on Taipei's initiative, with 27 cities and regions "
    "signing its charter at launch, joined by Taiwan's special municipalities.": (
        "La organización se fundó por iniciativa de Taipéi: 27 ciudades y regiones firmaron su "
        "carta en la fundación, y se sumaron los municipios especiales de Taiwán."
    ),
    "Its members agree to share what they learn: the projects they pilot, the data they "
    "open and the results they measure.": (
        "Sus miembros se comprometen a compartir lo que aprenden: los proyectos que ponen a "
        "prueba, los datos que abren y los resultados que miden."
    ),
    "A city that tests a solution for another city halves the cost of learning.": (
        "Una ciudad que prueba una solución para otra reduce a la mitad el coste de aprender."
    ),
    "From the founding charter": "De la carta fundacional",
    "Join Go Smart": "Únase a Go Smart",
    "How cities, regions and partners become members.": (
        "Cómo se hacen miembros las ciudades, las regiones y los socios."
    ),
    "Cities, regions and partner organisations can apply to join. Tell us who you are and "
    "the secretariat will reply within two weeks.": (
        "Pueden solicitar la adhesión ciudades, regiones y organizaciones asociadas. Díganos "
        "quién es y la secretaría le responderá en un plazo de dos semanas."
    ),
    "Thank you. The secretariat will be in touch within two weeks.": (
        "Gracias. La secretaría se pondrá en contacto con usted en un plazo de dos semanas."
    ),
    "Your name": "Su nombre",
    "E-mail address": "Correo electrónico",
    "City or organisation": "Ciudad u organización",
    "Type of applicant": "Tipo de solicitante",
    "City<br/>Region<br/>Company<br/>University<br/>NGO": (
        "Ciudad<br/>Región<br/>Empresa<br/>Universidad<br/>ONG"
    ),
    "What would you like to share or learn?": "¿Qué le gustaría compartir o aprender?",
    "Members": "Miembros",
    "Every member city and region, on a map and A–Z.": (
        "Todas las ciudades y regiones miembros, en un mapa y de la A a la Z."
    ),
    "Cities and regions on every continent that share their strategies, their data and "
    "their pilots. Filter by region, country, membership type or topic.": (
        "Ciudades y regiones de todos los continentes que comparten sus estrategias, sus datos "
        "y sus pilotos. Filtre por región, país, tipo de membresía o tema."
    ),
    "Go Smart Awards": "Premios Go Smart",
    "Winners, finalists and special mentions of every edition since 2024.": (
        "Ganadores, finalistas y menciones especiales de todas las ediciones desde 2024."
    ),
    "Every year the Go Smart Awards recognise projects that make member cities better "
    "places to live, and help them travel from one city to the next.": (
        "Cada año, los Premios Go Smart reconocen proyectos que hacen de las ciudades miembros "
        "mejores lugares para vivir, y les ayudan a viajar de una ciudad a otra."
    ),
    "News": "Noticias",
    "News, press releases and conference reports from Go Smart.": (
        "Noticias, notas de prensa e informes de conferencias de Go Smart."
    ),
    "News from member cities, press releases and reports from our conferences.": (
        "Noticias de las ciudades miembros, notas de prensa e informes de nuestras conferencias."
    ),
    "Press releases of the Go Smart secretariat with the people to call and the files to "
    "download. Follow them by RSS or Atom.": (
        "Notas de prensa de la secretaría de Go Smart, con las personas de contacto y los "
        "archivos para descargar. Sígalas por RSS o Atom."
    ),
    "Go Smart is a global organization of Smart Cities, founded on Taipei's initiative. "
    "Its member cities and regions on every continent share the solutions they test, the "
    "data they open and the results they measure: member profiles, pilot projects hosted "
    "by one city for another, the yearly Go Smart Awards and open data, in seven "
    "languages. The secretariat is in Taipei.": (
        "Go Smart es una organización mundial de ciudades inteligentes fundada por iniciativa "
        "de Taipéi. Sus ciudades y regiones miembros de todos los continentes comparten las "
        "soluciones que prueban, los datos que abren y los resultados que miden: perfiles de "
        "los miembros, proyectos piloto que una ciudad acoge para otra, los Premios Go Smart "
        "anuales y datos abiertos, en siete idiomas. La secretaría está en Taipéi."
    ),
    "Logo (colour)": "Logotipo (color)",
    "Logo (white)": "Logotipo (blanco)",
    "Fact sheet": "Ficha informativa",
    "A city skyline at dusk, with lit windows (illustration).": (
        "Perfil urbano al anochecer, con ventanas iluminadas (ilustración)."
    ),
    "Towers and low-rise streets of a member city (illustration).": (
        "Torres y calles de edificios bajos de una ciudad miembro (ilustración)."
    ),
    "An evening skyline over the river (illustration).": (
        "Perfil urbano al atardecer sobre el río (ilustración)."
    ),
    "Go Smart secretariat": "Secretaría de Go Smart",
    "Press release: Eight cities and regions join Go Smart": (
        "Nota de prensa: ocho ciudades y regiones se unen a Go Smart"
    ),
    "Eight cities and regions join Go Smart": "Ocho ciudades y regiones se unen a Go Smart",
    "Eight cities and regions from four continents signed the Go Smart charter this week, "
    "bringing the organization to more than thirty members.": (
        "Ocho ciudades y regiones de cuatro continentes firmaron esta semana la carta de Go "
        "Smart, con lo que la organización supera los treinta miembros."
    ),
    "The new members were welcomed at a signing session hosted by the secretariat in "
    "Taipei. Each has committed to publish a profile, share at least one dataset and offer "
    "a site for a proof-of-concept pilot within two years.": (
        "Los nuevos miembros fueron recibidos en un acto de firma organizado por la secretaría "
        "en Taipéi. Cada uno se ha comprometido a publicar un perfil, compartir al menos un "
        "conjunto de datos y ofrecer un lugar para un piloto de prueba de concepto en un plazo "
        "de dos años."
    ),
    "Membership is open to cities, regions and special municipalities. Partner companies, "
    "universities and NGOs take part through the pilots and the awards.": (
        "Pueden ser miembros las ciudades, las regiones y los municipios especiales. Las "
        "empresas, universidades y ONG asociadas participan a través de los pilotos y los "
        "premios."
    ),
    "About Go Smart: Go Smart is a global organization of Smart Cities founded on Taipei's "
    "initiative. Its member cities and regions share the solutions they test, the data "
    "they open and the results they measure.": (
        "Acerca de Go Smart: Go Smart es una organización mundial de ciudades inteligentes "
        "fundada por iniciativa de Taipéi. Sus ciudades y regiones miembros comparten las "
        "soluciones que prueban, los datos que abren y los resultados que miden."
    ),
    "Privacy notice": "Aviso de privacidad",
    "What we collect, why, for how long, and how to reach us about it.": (
        "Qué recogemos, por qué, durante cuánto tiempo y cómo contactarnos al respecto."
    ),
    "What the Go Smart secretariat collects through this site, why, and your rights.": (
        "Qué recoge la secretaría de Go Smart a través de este sitio, por qué, y cuáles son "
        "sus derechos."
    ),
    "Who is responsible": "Responsable",
    "The Go Smart secretariat in Taipei runs this site and decides how the information "
    "described here is used. Write to secretariat@gosmart.example about anything on this "
    "page.": (
        "La secretaría de Go Smart en Taipéi gestiona este sitio y decide cómo se usa la "
        "información descrita aquí. Escriba a secretariat@gosmart.example sobre cualquier "
        "aspecto de esta página."
    ),
    "What we collect": "Qué recogemos",
    "Reading the site: nothing that identifies you. The site has no analytics, no "
    "advertising and no tracking from other companies. Our servers keep access logs "
    "(address, time, page asked for) for 30 days to keep the site secure.": (
        "Al leer el sitio: nada que le identifique. El sitio no tiene analítica, ni "
        "publicidad, ni seguimiento de otras empresas. Nuestros servidores conservan registros "
        "de acceso (dirección, hora, página solicitada) durante 30 días para mantener la "
        "seguridad del sitio."
    ),
    "The Join form: your name, e-mail address, city or organisation, the kind of applicant "
    "and what you write. We use them only to answer your application, keep them for two "
    "years after the decision, and share them with nobody outside the secretariat and the "
    "council that decides on membership.": (
        "El formulario de adhesión: su nombre, correo electrónico, ciudad u organización, el "
        "tipo de solicitante y lo que escriba. Solo los usamos para responder a su solicitud, "
        "los conservamos dos años después de la decisión y no los compartimos con nadie ajeno "
        "a la secretaría y al consejo que decide sobre la adhesión."
    ),
    "Your rights": "Sus derechos",
    "You may ask to see, correct or delete what we hold about you, or object to its use, "
    "by writing to the address above. We answer within one month.": (
        "Puede pedir ver, corregir o borrar lo que tenemos sobre usted, u oponerse a su uso, "
        "escribiendo a la dirección anterior. Respondemos en un plazo de un mes."
    ),
    "Legal notice": "Aviso legal",
    "Publisher, contact and the licence of the site's content.": (
        "Editor, contacto y licencia del contenido del sitio."
    ),
    "Who publishes this site, and on what terms its content may be reused.": (
        "Quién publica este sitio y en qué condiciones puede reutilizarse su contenido."
    ),
    "Publisher": "Editor",
    "Go Smart, a global organization of Smart Cities, represented by its secretariat in "
    "Taipei. Contact: secretariat@gosmart.example.": (
        "Go Smart, organización mundial de ciudades inteligentes, representada por su "
        "secretaría en Taipéi. Contacto: secretariat@gosmart.example."
    ),
    "Reusing the content": "Reutilización del contenido",
    "Text and data on this site are licensed under Creative Commons Attribution 4.0 unless "
    "a page says otherwise; the open-data files state their own licence. Logos and "
    "photographs belong to their owners, named with each picture.": (
        "Los textos y datos de este sitio se publican con licencia Creative Commons "
        "Reconocimiento 4.0, salvo que una página indique otra cosa; los archivos de datos "
        "abiertos indican su propia licencia. Los logotipos y las fotografías pertenecen a sus "
        "titulares, nombrados junto a cada imagen."
    ),
    "Member cities' pages": "Páginas de las ciudades miembros",
    "Each member city keeps its own profile up to date; the secretariat reviews every "
    "change before it is published.": (
        "Cada ciudad miembro mantiene actualizado su propio perfil; la secretaría revisa cada "
        "cambio antes de publicarlo."
    ),
    "Cookies": "Cookies",
    "Every cookie this site sets, and why.": "Todas las cookies que instala este sitio, y por qué.",
    "This site sets as few cookies as it can, and none to follow you.": (
        "Este sitio instala las menos cookies posibles, y ninguna para seguirle."
    ),
    "Cookies for visitors": "Cookies para visitantes",
    "gosmart_language remembers the language you chose from the language menu, for one "
    "year. It is set only when you choose a language.": (
        "gosmart_language recuerda el idioma que eligió en el menú de idiomas durante un año. "
        "Solo se instala cuando elige un idioma."
    ),
    "csrftoken protects forms, such as the Join form, from being sent by another site in "
    "your name. It is set when a page with a form is shown.": (
        "csrftoken protege los formularios, como el de adhesión, para que otro sitio no pueda "
        "enviarlos en su nombre. Se instala al mostrar una página con un formulario."
    ),
    "Cookies for editors": "Cookies para editores",
    "sessionid keeps editors, and visitors who entered a page's password, signed in until "
    "they sign out, for at most two weeks.": (
        "sessionid mantiene la sesión abierta de los editores, y de los visitantes que "
        "introdujeron la contraseña de una página, hasta que la cierran, durante dos semanas "
        "como máximo."
    ),
    "What we do not use": "Lo que no usamos",
    "No analytics, advertising, social media or other third-party cookies. Every cookie "
    "above is needed for the site to work, so there is no consent banner.": (
        "Ninguna cookie de analítica, publicidad, redes sociales u otros terceros. Todas las "
        "cookies anteriores son necesarias para que el sitio funcione, por eso no hay aviso de "
        "consentimiento."
    ),
    "Accessibility statement": "Declaración de accesibilidad",
    "Our accessibility target, how we test it, and how to tell us about a problem.": (
        "Nuestro objetivo de accesibilidad, cómo lo comprobamos y cómo avisarnos de un problema."
    ),
    "We want everyone to be able to read and use this site, in every language.": (
        "Queremos que todo el mundo pueda leer y usar este sitio, en todos los idiomas."
    ),
    "Our target": "Nuestro objetivo",
    "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA "
    "in every language, including Arabic, which is read from right to left.": (
        "El sitio aspira a cumplir las Pautas de Accesibilidad para el Contenido Web (WCAG) "
        "2.2 en el nivel AA en todos los idiomas, incluido el árabe, que se lee de derecha a "
        "izquierda."
    ),
    "How we check": "Cómo lo comprobamos",
    "Every page type is tested automatically in every language, on desktop and phone "
    "screen sizes, with the axe-core accessibility checker and the Nu Html Checker, and "
    "with a keyboard only. Changes that fail these tests are not published.": (
        "Cada tipo de página se prueba automáticamente en todos los idiomas, en tamaños de "
        "pantalla de ordenador y de teléfono, con el verificador de accesibilidad axe-core y "
        "el Nu Html Checker, y solo con el teclado. Los cambios que no superan estas pruebas "
        "no se publican."
    ),
    "Tell us about a problem": "Avísenos de un problema",
    "If something is hard to use, write to secretariat@gosmart.example with the page's "
    "address. We reply within ten working days.": (
        "Si algo es difícil de usar, escriba a secretariat@gosmart.example indicando la "
        "dirección de la página. Respondemos en un plazo de diez días laborables."
    ),
}

KO = {
    "Go Smart is a global organization of Smart Cities: member profiles, awards, pilot "
    "projects and open data.": (
        "Go Smart는 스마트 시티의 국제기구입니다. 회원 도시 소개, 시상, 시범 사업, 공공 데이터를 "
        "한곳에서 볼 수 있습니다."
    ),
    "A global organization of Smart Cities, founded by Taipei.": (
        "타이베이가 설립한 스마트 시티 국제기구."
    ),
    "Cities sharing what works": "효과가 있는 것을 나누는 도시들",
    "Go Smart brings together member cities and regions on every continent to test, share "
    "and scale solutions that make urban life better.": (
        "Go Smart는 모든 대륙의 회원 도시와 지역이 모여 도시 생활을 더 낫게 만드는 해법을 "
        "시험하고 공유하고 확산하는 곳입니다."
    ),
    "The organization in figures": "숫자로 보는 기구",
    "signatories at launch": "창립 서명 회원",
    "Taiwanese special municipalities": "대만 직할시",
    "languages on this site": "사이트 제공 언어",
    "Member cities publish their strategies and the data they share, host proof-of-concept "
    "pilots for each other, and compete for the Go Smart Awards. The secretariat in Taipei "
    "keeps the network connected.": (
        "회원 도시는 전략과 공유하는 데이터를 공개하고, 서로를 위해 개념 검증 시범 사업을 "
        "유치하며, Go Smart 어워드에서 경쟁합니다. 타이베이의 사무국이 네트워크를 이어 줍니다."
    ),
    "About Go Smart": "Go Smart 소개",
    "Who we are, how the organization started and how it works.": (
        "우리가 누구인지, 기구가 어떻게 시작되었고 어떻게 운영되는지 소개합니다."
    ),
    "Go Smart is a global organization of Smart Cities founded in Taipei, where member "
    "cities and regions share what they do.": (
        "Go Smart는 타이베이에서 설립된 스마트 시티 국제기구로, 회원 도시와 지역이 하는 일을 "
        "서로 나눕니다."
    ),
    "How it began": "시작",
    "The organization was founded on Taipei's initiative, with 27 cities and regions "
    "signing its charter at launch, joined by Taiwan's special municipalities.": (
        "기구는 타이베이의 제안으로 설립되었습니다. 창립 때 27개 도시와 지역이 헌장에 "
        "서명했고, 대만의 직할시들이 함께했습니다."
    ),
    "Its members agree to share what they learn: the projects they pilot, the data they "
    "open and the results they measure.": (
        "회원들은 배운 것을 나누기로 약속합니다. 시범 운영하는 사업, 개방하는 데이터, 측정한 "
        "결과입니다."
    ),
    "A city that tests a solution for another city halves the cost of learning.": (
        "다른 도시를 위해 해법을 시험하는 도시는 배움의 비용을 절반으로 줄입니다."
    ),
    "From the founding charter": "창립 헌장에서",
    "Join Go Smart": "Go Smart 가입",
    "How cities, regions and partners become members.": ("도시, 지역, 파트너가 회원이 되는 방법."),
    "Cities, regions and partner organisations can apply to join. Tell us who you are and "
    "the secretariat will reply within two weeks.": (
        "도시, 지역, 파트너 기관은 가입을 신청할 수 있습니다. 신청자를 소개해 주시면 사무국이 "
        "2주 안에 답변드립니다."
    ),
    "Thank you. The secretariat will be in touch within two weeks.": (
        "감사합니다. 사무국이 2주 안에 연락드리겠습니다."
    ),
    "Your name": "이름",
    "E-mail address": "이메일 주소",
    "City or organisation": "도시 또는 기관",
    "Type of applicant": "신청자 유형",
    "City<br/>Region<br/>Company<br/>University<br/>NGO": (
        "도시<br/>지역<br/>기업<br/>대학<br/>비정부기구"
    ),
    "What would you like to share or learn?": "무엇을 나누거나 배우고 싶으신가요?",
    "Members": "회원",
    "Every member city and region, on a map and A–Z.": (
        "모든 회원 도시와 지역을 지도와 가나다순 목록으로 보여 줍니다."
    ),
    "Cities and regions on every continent that share their strategies, their data and "
    "their pilots. Filter by region, country, membership type or topic.": (
        "전략, 데이터, 시범 사업을 나누는 모든 대륙의 도시와 지역입니다. 지역, 국가, 회원 유형, "
        "주제로 걸러 보세요."
    ),
    "Go Smart Awards": "Go Smart 어워드",
    "Winners, finalists and special mentions of every edition since 2024.": (
        "2024년부터 매회 수상작, 최종 후보, 특별 언급을 소개합니다."
    ),
    "Every year the Go Smart Awards recognise projects that make member cities better "
    "places to live, and help them travel from one city to the next.": (
        "Go Smart 어워드는 해마다 회원 도시를 더 살기 좋은 곳으로 만드는 사업을 시상하고, 그 "
        "사업이 다른 도시로 퍼져 나가도록 돕습니다."
    ),
    "News": "뉴스",
    "News, press releases and conference reports from Go Smart.": (
        "Go Smart의 뉴스, 보도자료, 회의 보고."
    ),
    "News from member cities, press releases and reports from our conferences.": (
        "회원 도시 소식, 보도자료, 회의 보고를 전합니다."
    ),
    "Press releases of the Go Smart secretariat with the people to call and the files to "
    "download. Follow them by RSS or Atom.": (
        "Go Smart 사무국의 보도자료와 문의처, 내려받을 파일입니다. RSS나 Atom으로 받아 보세요."
    ),
    "Go Smart is a global organization of Smart Cities, founded on Taipei's initiative. "
    "Its member cities and regions on every continent share the solutions they test, the "
    "data they open and the results they measure: member profiles, pilot projects hosted "
    "by one city for another, the yearly Go Smart Awards and open data, in seven "
    "languages. The secretariat is in Taipei.": (
        "Go Smart는 타이베이의 제안으로 설립된 스마트 시티 국제기구입니다. 모든 대륙의 회원 "
        "도시와 지역이 시험하는 해법, 개방하는 데이터, 측정한 결과를 나눕니다. 회원 소개, 한 "
        "도시가 다른 도시를 위해 유치하는 시범 사업, 해마다 열리는 Go Smart 어워드, 공공 "
        "데이터를 7개 언어로 제공합니다. 사무국은 타이베이에 있습니다."
    ),
    "Logo (colour)": "로고 (컬러)",
    "Logo (white)": "로고 (흰색)",
    "Fact sheet": "개요 자료",
    "A city skyline at dusk, with lit windows (illustration).": (
        "해 질 녘 불 켜진 창이 있는 도시 스카이라인 (일러스트)."
    ),
    "Towers and low-rise streets of a member city (illustration).": (
        "회원 도시의 고층 건물과 저층 거리 (일러스트)."
    ),
    "An evening skyline over the river (illustration).": ("강 너머 저녁 스카이라인 (일러스트)."),
    "Go Smart secretariat": "Go Smart 사무국",
    "Press release: Eight cities and regions join Go Smart": (
        "보도자료: 8개 도시와 지역, Go Smart 가입"
    ),
    "Eight cities and regions join Go Smart": "8개 도시와 지역, Go Smart 가입",
    "Eight cities and regions from four continents signed the Go Smart charter this week, "
    "bringing the organization to more than thirty members.": (
        "4개 대륙의 8개 도시와 지역이 이번 주 Go Smart 헌장에 서명해 회원이 30곳을 넘었습니다."
    ),
    "The new members were welcomed at a signing session hosted by the secretariat in "
    "Taipei. Each has committed to publish a profile, share at least one dataset and offer "
    "a site for a proof-of-concept pilot within two years.": (
        "새 회원들은 타이베이 사무국이 연 서명식에서 환영을 받았습니다. 각 회원은 2년 안에 "
        "소개 페이지를 공개하고, 데이터셋을 하나 이상 공유하고, 개념 검증 시범 사업을 위한 "
        "장소를 제공하기로 약속했습니다."
    ),
    "Membership is open to cities, regions and special municipalities. Partner companies, "
    "universities and NGOs take part through the pilots and the awards.": (
        "도시, 지역, 직할시는 회원이 될 수 있습니다. 파트너 기업, 대학, 비정부기구는 시범 "
        "사업과 어워드를 통해 참여합니다."
    ),
    "About Go Smart: Go Smart is a global organization of Smart Cities founded on Taipei's "
    "initiative. Its member cities and regions share the solutions they test, the data "
    "they open and the results they measure.": (
        "Go Smart 소개: Go Smart는 타이베이의 제안으로 설립된 스마트 시티 국제기구입니다. "
        "회원 도시와 지역은 시험하는 해법, 개방하는 데이터, 측정한 결과를 나눕니다."
    ),
    "Privacy notice": "개인정보 처리방침",
    "What we collect, why, for how long, and how to reach us about it.": (
        "무엇을, 왜, 얼마 동안 수집하는지, 그리고 문의하는 방법."
    ),
    "What the Go Smart secretariat collects through this site, why, and your rights.": (
        "Go Smart 사무국이 이 사이트에서 수집하는 정보와 그 이유, 그리고 여러분의 권리."
    ),
    "Who is responsible": "책임자",
    "The Go Smart secretariat in Taipei runs this site and decides how the information "
    "described here is used. Write to secretariat@gosmart.example about anything on this "
    "page.": (
        "타이베이의 Go Smart 사무국이 이 사이트를 운영하며 여기에 설명된 정보의 이용 방법을 "
        "정합니다. 이 페이지의 내용에 관해서는 secretariat@gosmart.example로 문의하세요."
    ),
    "What we collect": "수집하는 정보",
    "Reading the site: nothing that identifies you. The site has no analytics, no "
    "advertising and no tracking from other companies. Our servers keep access logs "
    "(address, time, page asked for) for 30 days to keep the site secure.": (
        "사이트를 읽을 때: 여러분을 식별하는 정보는 수집하지 않습니다. 분석 도구, 광고, 다른 "
        "회사의 추적이 없습니다. 서버는 사이트 보안을 위해 접속 기록(주소, 시각, 요청한 "
        "페이지)을 30일 동안 보관합니다."
    ),
    "The Join form: your name, e-mail address, city or organisation, the kind of applicant "
    "and what you write. We use them only to answer your application, keep them for two "
    "years after the decision, and share them with nobody outside the secretariat and the "
    "council that decides on membership.": (
        "가입 신청서: 이름, 이메일 주소, 도시 또는 기관, 신청자 유형, 작성하신 내용입니다. "
        "신청에 답하는 데에만 사용하고, 결정 후 2년 동안 보관하며, 사무국과 가입을 결정하는 "
        "이사회 외에는 누구와도 공유하지 않습니다."
    ),
    "Your rights": "여러분의 권리",
    "You may ask to see, correct or delete what we hold about you, or object to its use, "
    "by writing to the address above. We answer within one month.": (
        "위 주소로 연락하여 보관 중인 정보의 열람, 정정, 삭제를 요청하거나 이용에 반대할 수 "
        "있습니다. 한 달 안에 답변드립니다."
    ),
    "Legal notice": "법적 고지",
    "Publisher, contact and the licence of the site's content.": (
        "발행자, 연락처, 사이트 콘텐츠의 이용 허락."
    ),
    "Who publishes this site, and on what terms its content may be reused.": (
        "이 사이트의 발행자와 콘텐츠를 재사용할 수 있는 조건."
    ),
    "Publisher": "발행자",
    "Go Smart, a global organization of Smart Cities, represented by its secretariat in "
    "Taipei. Contact: secretariat@gosmart.example.": (
        "스마트 시티 국제기구 Go Smart, 타이베이 사무국이 대표합니다. 연락처: "
        "secretariat@gosmart.example."
    ),
    "Reusing the content": "콘텐츠 재사용",
    "Text and data on this site are licensed under Creative Commons Attribution 4.0 unless "
    "a page says otherwise; the open-data files state their own licence. Logos and "
    "photographs belong to their owners, named with each picture.": (
        "이 사이트의 글과 데이터는 페이지에 달리 적혀 있지 않으면 크리에이티브 커먼즈 저작자표시 "
        "4.0 라이선스를 따릅니다. 공공 데이터 파일은 각자의 라이선스를 밝힙니다. 로고와 "
        "사진은 각 이미지에 적힌 소유자에게 권리가 있습니다."
    ),
    "Member cities' pages": "회원 도시 페이지",
    "Each member city keeps its own profile up to date; the secretariat reviews every "
    "change before it is published.": (
        "각 회원 도시가 자기 소개 페이지를 최신으로 유지하고, 사무국이 모든 변경을 게시 전에 "
        "검토합니다."
    ),
    "Cookies": "쿠키",
    "Every cookie this site sets, and why.": "이 사이트가 설정하는 모든 쿠키와 그 이유.",
    "This site sets as few cookies as it can, and none to follow you.": (
        "이 사이트는 쿠키를 최소한으로만 설정하며, 여러분을 추적하는 쿠키는 없습니다."
    ),
    "Cookies for visitors": "방문자용 쿠키",
    "gosmart_language remembers the language you chose from the language menu, for one "
    "year. It is set only when you choose a language.": (
        "gosmart_language는 언어 메뉴에서 고른 언어를 1년 동안 기억합니다. 언어를 고를 때만 "
        "설정됩니다."
    ),
    "csrftoken protects forms, such as the Join form, from being sent by another site in "
    "your name. It is set when a page with a form is shown.": (
        "csrftoken은 가입 신청서 같은 양식을 다른 사이트가 여러분 이름으로 보내지 못하게 "
        "막습니다. 양식이 있는 페이지를 볼 때 설정됩니다."
    ),
    "Cookies for editors": "편집자용 쿠키",
    "sessionid keeps editors, and visitors who entered a page's password, signed in until "
    "they sign out, for at most two weeks.": (
        "sessionid는 편집자와 페이지 비밀번호를 입력한 방문자가 로그아웃할 때까지, 최대 2주 "
        "동안 로그인 상태를 유지합니다."
    ),
    "What we do not use": "사용하지 않는 것",
    "No analytics, advertising, social media or other third-party cookies. Every cookie "
    "above is needed for the site to work, so there is no consent banner.": (
        "분석, 광고, 소셜 미디어 등 제3자 쿠키는 없습니다. 위의 쿠키는 모두 사이트 작동에 "
        "필요하므로 동의 배너가 없습니다."
    ),
    "Accessibility statement": "접근성 정책",
    "Our accessibility target, how we test it, and how to tell us about a problem.": (
        "접근성 목표, 점검 방법, 문제를 알려 주시는 방법."
    ),
    "We want everyone to be able to read and use this site, in every language.": (
        "모든 사람이 모든 언어로 이 사이트를 읽고 쓸 수 있기를 바랍니다."
    ),
    "Our target": "목표",
    "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA "
    "in every language, including Arabic, which is read from right to left.": (
        "이 사이트는 오른쪽에서 왼쪽으로 읽는 아랍어를 포함한 모든 언어에서 웹 콘텐츠 접근성 "
        "지침(WCAG) 2.2 AA 수준을 충족하는 것을 목표로 합니다."
    ),
    "How we check": "점검 방법",
    "Every page type is tested automatically in every language, on desktop and phone "
    "screen sizes, with the axe-core accessibility checker and the Nu Html Checker, and "
    "with a keyboard only. Changes that fail these tests are not published.": (
        "모든 페이지 유형을 모든 언어로, 데스크톱과 휴대전화 화면 크기에서, axe-core 접근성 "
        "검사기와 Nu Html Checker로, 그리고 키보드만으로 자동 점검합니다. 이 점검을 통과하지 "
        "못한 변경은 게시되지 않습니다."
    ),
    "Tell us about a problem": "문제 알리기",
    "If something is hard to use, write to secretariat@gosmart.example with the page's "
    "address. We reply within ten working days.": (
        "사용하기 어려운 부분이 있으면 페이지 주소와 함께 secretariat@gosmart.example로 "
        "알려 주세요. 영업일 기준 10일 안에 답변드립니다."
    ),
}

FR = {
    "Go Smart is a global organization of Smart Cities: member profiles, awards, pilot "
    "projects and open data.": (
        "Go Smart est une organisation mondiale de villes intelligentes : profils des membres, "
        "prix, projets pilotes et données ouvertes."
    ),
    "A global organization of Smart Cities, founded by Taipei.": (
        "Une organisation mondiale de villes intelligentes, fondée par Taipei."
    ),
    "Cities sharing what works": "Des villes qui partagent ce qui marche",
    "Go Smart brings together member cities and regions on every continent to test, share "
    "and scale solutions that make urban life better.": (
        "Go Smart réunit des villes et des régions membres de tous les continents pour tester, "
        "partager et étendre des solutions qui améliorent la vie en ville."
    ),
    "The organization in figures": "L’organisation en chiffres",
    "signatories at launch": "signataires à la fondation",
    "Taiwanese special municipalities": "municipalités spéciales de Taïwan",
    "languages on this site": "langues sur ce site",
    "Member cities publish their strategies and the data they share, host proof-of-concept "
    "pilots for each other, and compete for the Go Smart Awards. The secretariat in Taipei "
    "keeps the network connected.": (
        "Les villes membres publient leurs stratégies et les données qu’elles partagent, "
        "accueillent des pilotes de preuve de concept les unes pour les autres et concourent "
        "aux Prix Go Smart. Le secrétariat, à Taipei, fait vivre le réseau."
    ),
    "About Go Smart": "À propos de Go Smart",
    "Who we are, how the organization started and how it works.": (
        "Qui nous sommes, comment l’organisation est née et comment elle fonctionne."
    ),
    "Go Smart is a global organization of Smart Cities founded in Taipei, where member "
    "cities and regions share what they do.": (
        "Go Smart est une organisation mondiale de villes intelligentes fondée à Taipei, où "
        "villes et régions membres partagent ce qu’elles font."
    ),
    "How it began": "Les débuts",
    "The organization was founded on Taipei's initiative, with 27 cities and regions "
    "signing its charter at launch, joined by Taiwan's special municipalities.": (
        "L’organisation a été fondée à l’initiative de Taipei : 27 villes et régions ont signé "
        "sa charte à la fondation, rejointes par les municipalités spéciales de Taïwan."
    ),
    "Its members agree to share what they learn: the projects they pilot, the data they "
    "open and the results they measure.": (
        "Ses membres s’engagent à partager ce qu’ils apprennent : les projets qu’ils "
        "expérimentent, les données qu’ils ouvrent et les résultats qu’ils mesurent."
    ),
    "A city that tests a solution for another city halves the cost of learning.": (
        "Une ville qui teste une solution pour une autre divise par deux le coût de "
        "l’apprentissage."
    ),
    "From the founding charter": "Extrait de la charte fondatrice",
    "Join Go Smart": "Rejoindre Go Smart",
    "How cities, regions and partners become members.": (
        "Comment les villes, les régions et les partenaires deviennent membres."
    ),
    "Cities, regions and partner organisations can apply to join. Tell us who you are and "
    "the secretariat will reply within two weeks.": (
        "Les villes, les régions et les organisations partenaires peuvent demander leur "
        "adhésion. Présentez-vous et le secrétariat vous répondra sous deux semaines."
    ),
    "Thank you. The secretariat will be in touch within two weeks.": (
        "Merci. Le secrétariat vous contactera sous deux semaines."
    ),
    "Your name": "Votre nom",
    "E-mail address": "Adresse e-mail",
    "City or organisation": "Ville ou organisation",
    "Type of applicant": "Type de candidat",
    "City<br/>Region<br/>Company<br/>University<br/>NGO": (
        "Ville<br/>Région<br/>Entreprise<br/>Université<br/>ONG"
    ),
    "What would you like to share or learn?": "Que souhaitez-vous partager ou apprendre ?",
    "Members": "Membres",
    "Every member city and region, on a map and A–Z.": (
        "Toutes les villes et régions membres, sur une carte et de A à Z."
    ),
    "Cities and regions on every continent that share their strategies, their data and "
    "their pilots. Filter by region, country, membership type or topic.": (
        "Des villes et des régions de tous les continents qui partagent leurs stratégies, leurs "
        "données et leurs pilotes. Filtrez par région, pays, type d’adhésion ou thème."
    ),
    "Go Smart Awards": "Prix Go Smart",
    "Winners, finalists and special mentions of every edition since 2024.": (
        "Lauréats, finalistes et mentions spéciales de chaque édition depuis 2024."
    ),
    "Every year the Go Smart Awards recognise projects that make member cities better "
    "places to live, and help them travel from one city to the next.": (
        "Chaque année, les Prix Go Smart distinguent des projets qui rendent les villes membres "
        "plus agréables à vivre, et les aident à passer d’une ville à l’autre."
    ),
    "News": "Actualités",
    "News, press releases and conference reports from Go Smart.": (
        "Actualités, communiqués de presse et comptes rendus de conférences de Go Smart."
    ),
    "News from member cities, press releases and reports from our conferences.": (
        "Nouvelles des villes membres, communiqués de presse et comptes rendus de nos conférences."
    ),
    "Press releases of the Go Smart secretariat with the people to call and the files to "
    "download. Follow them by RSS or Atom.": (
        "Les communiqués du secrétariat de Go Smart, avec les personnes à contacter et les "
        "fichiers à télécharger. Suivez-les par RSS ou Atom."
    ),
    "Go Smart is a global organization of Smart Cities, founded on Taipei's initiative. "
    "Its member cities and regions on every continent share the solutions they test, the "
    "data they open and the results they measure: member profiles, pilot projects hosted "
    "by one city for another, the yearly Go Smart Awards and open data, in seven "
    "languages. The secretariat is in Taipei.": (
        "Go Smart est une organisation mondiale de villes intelligentes, fondée à l’initiative "
        "de Taipei. Ses villes et régions membres, sur tous les continents, partagent les "
        "solutions qu’elles testent, les données qu’elles ouvrent et les résultats qu’elles "
        "mesurent : profils des membres, projets pilotes accueillis par une ville pour une "
        "autre, Prix Go Smart annuels et données ouvertes, en sept langues. Le secrétariat "
        "est à Taipei."
    ),
    "Logo (colour)": "Logo (couleur)",
    "Logo (white)": "Logo (blanc)",
    "Fact sheet": "Fiche d’information",
    "A city skyline at dusk, with lit windows (illustration).": (
        "Silhouette d’une ville au crépuscule, fenêtres allumées (illustration)."
    ),
    "Towers and low-rise streets of a member city (illustration).": (
        "Tours et rues basses d’une ville membre (illustration)."
    ),
    "An evening skyline over the river (illustration).": (
        "Silhouette de la ville au-dessus du fleuve, le soir (illustration)."
    ),
    "Go Smart secretariat": "Secrétariat de Go Smart",
    "Press release: Eight cities and regions join Go Smart": (
        "Communiqué de presse : huit villes et régions rejoignent Go Smart"
    ),
    "Eight cities and regions join Go Smart": "Huit villes et régions rejoignent Go Smart",
    "Eight cities and regions from four continents signed the Go Smart charter this week, "
    "bringing the organization to more than thirty members.": (
        "Huit villes et régions de quatre continents ont signé cette semaine la charte de Go "
        "Smart, qui compte désormais plus de trente membres."
    ),
    "The new members were welcomed at a signing session hosted by the secretariat in "
    "Taipei. Each has committed to publish a profile, share at least one dataset and offer "
    "a site for a proof-of-concept pilot within two years.": (
        "Les nouveaux membres ont été accueillis lors d’une séance de signature organisée par "
        "le secrétariat à Taipei. Chacun s’est engagé à publier un profil, à partager au moins "
        "un jeu de données et à proposer un site pour un pilote de preuve de concept d’ici deux "
        "ans."
    ),
    "Membership is open to cities, regions and special municipalities. Partner companies, "
    "universities and NGOs take part through the pilots and the awards.": (
        "L’adhésion est ouverte aux villes, aux régions et aux municipalités spéciales. Les "
        "entreprises, universités et ONG partenaires participent par les pilotes et les prix."
    ),
    "About Go Smart: Go Smart is a global organization of Smart Cities founded on Taipei's "
    "initiative. Its member cities and regions share the solutions they test, the data "
    "they open and the results they measure.": (
        "À propos de Go Smart : Go Smart est une organisation mondiale de villes intelligentes "
        "fondée à l’initiative de Taipei. Ses villes et régions membres partagent les "
        "solutions qu’elles testent, les données qu’elles ouvrent et les résultats qu’elles "
        "mesurent."
    ),
    "Privacy notice": "Politique de confidentialité",
    "What we collect, why, for how long, and how to reach us about it.": (
        "Ce que nous collectons, pourquoi, pour combien de temps, et comment nous joindre à ce "
        "sujet."
    ),
    "What the Go Smart secretariat collects through this site, why, and your rights.": (
        "Ce que le secrétariat de Go Smart collecte par ce site, pourquoi, et vos droits."
    ),
    "Who is responsible": "Responsable",
    "The Go Smart secretariat in Taipei runs this site and decides how the information "
    "described here is used. Write to secretariat@gosmart.example about anything on this "
    "page.": (
        "Le secrétariat de Go Smart, à Taipei, gère ce site et décide de l’usage des "
        "informations décrites ici. Écrivez à secretariat@gosmart.example pour toute question "
        "sur cette page."
    ),
    "What we collect": "Ce que nous collectons",
    "Reading the site: nothing that identifies you. The site has no analytics, no "
    "advertising and no tracking from other companies. Our servers keep access logs "
    "(address, time, page asked for) for 30 days to keep the site secure.": (
        "Quand vous lisez le site : rien qui vous identifie. Le site n’a ni mesure d’audience, "
        "ni publicité, ni pistage par d’autres entreprises. Nos serveurs conservent des "
        "journaux d’accès (adresse, heure, page demandée) pendant 30 jours pour la sécurité du "
        "site."
    ),
    "The Join form: your name, e-mail address, city or organisation, the kind of applicant "
    "and what you write. We use them only to answer your application, keep them for two "
    "years after the decision, and share them with nobody outside the secretariat and the "
    "council that decides on membership.": (
        "Le formulaire d’adhésion : votre nom, votre adresse e-mail, votre ville ou "
        "organisation, le type de candidat et ce que vous écrivez. Nous ne les utilisons que "
        "pour répondre à votre demande, les conservons deux ans après la décision et ne les "
        "communiquons à personne en dehors du secrétariat et du conseil qui statue sur les "
        "adhésions."
    ),
    "Your rights": "Vos droits",
    "You may ask to see, correct or delete what we hold about you, or object to its use, "
    "by writing to the address above. We answer within one month.": (
        "Vous pouvez demander à consulter, corriger ou effacer ce que nous détenons sur vous, "
        "ou vous opposer à son usage, en écrivant à l’adresse ci-dessus. Nous répondons sous "
        "un mois."
    ),
    "Legal notice": "Mentions légales",
    "Publisher, contact and the licence of the site's content.": (
        "Éditeur, contact et licence du contenu du site."
    ),
    "Who publishes this site, and on what terms its content may be reused.": (
        "Qui publie ce site, et à quelles conditions son contenu peut être réutilisé."
    ),
    "Publisher": "Éditeur",
    "Go Smart, a global organization of Smart Cities, represented by its secretariat in "
    "Taipei. Contact: secretariat@gosmart.example.": (
        "Go Smart, organisation mondiale de villes intelligentes, représentée par son "
        "secrétariat à Taipei. Contact : secretariat@gosmart.example."
    ),
    "Reusing the content": "Réutiliser le contenu",
    "Text and data on this site are licensed under Creative Commons Attribution 4.0 unless "
    "a page says otherwise; the open-data files state their own licence. Logos and "
    "photographs belong to their owners, named with each picture.": (
        "Les textes et les données de ce site sont sous licence Creative Commons Attribution "
        "4.0, sauf mention contraire sur la page ; les fichiers de données ouvertes indiquent "
        "leur propre licence. Les logos et les photographies appartiennent à leurs titulaires, "
        "nommés avec chaque image."
    ),
    "Member cities' pages": "Pages des villes membres",
    "Each member city keeps its own profile up to date; the secretariat reviews every "
    "change before it is published.": (
        "Chaque ville membre tient son profil à jour ; le secrétariat relit chaque "
        "modification avant sa publication."
    ),
    "Cookies": "Cookies",
    "Every cookie this site sets, and why.": "Tous les cookies déposés par ce site, et pourquoi.",
    "This site sets as few cookies as it can, and none to follow you.": (
        "Ce site dépose aussi peu de cookies que possible, et aucun pour vous suivre."
    ),
    "Cookies for visitors": "Cookies pour les visiteurs",
    "gosmart_language remembers the language you chose from the language menu, for one "
    "year. It is set only when you choose a language.": (
        "gosmart_language retient pendant un an la langue choisie dans le menu des langues. Il "
        "n’est déposé que lorsque vous choisissez une langue."
    ),
    "csrftoken protects forms, such as the Join form, from being sent by another site in "
    "your name. It is set when a page with a form is shown.": (
        "csrftoken empêche un autre site d’envoyer en votre nom des formulaires, comme celui "
        "d’adhésion. Il est déposé à l’affichage d’une page qui contient un formulaire."
    ),
    "Cookies for editors": "Cookies pour les éditeurs",
    "sessionid keeps editors, and visitors who entered a page's password, signed in until "
    "they sign out, for at most two weeks.": (
        "sessionid garde connectés les éditeurs, et les visiteurs qui ont saisi le mot de "
        "passe d’une page, jusqu’à leur déconnexion, pendant deux semaines au plus."
    ),
    "What we do not use": "Ce que nous n’utilisons pas",
    "No analytics, advertising, social media or other third-party cookies. Every cookie "
    "above is needed for the site to work, so there is no consent banner.": (
        "Aucun cookie de mesure d’audience, de publicité, de réseaux sociaux ou d’autres tiers. "
        "Tous les cookies ci-dessus sont nécessaires au fonctionnement du site : il n’y a donc "
        "pas de bandeau de consentement."
    ),
    "Accessibility statement": "Déclaration d’accessibilité",
    "Our accessibility target, how we test it, and how to tell us about a problem.": (
        "Notre objectif d’accessibilité, comment nous le vérifions et comment nous signaler un "
        "problème."
    ),
    "We want everyone to be able to read and use this site, in every language.": (
        "Nous voulons que chacun puisse lire et utiliser ce site, dans toutes les langues."
    ),
    "Our target": "Notre objectif",
    "The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA "
    "in every language, including Arabic, which is read from right to left.": (
        "Le site vise le niveau AA des Règles pour l’accessibilité des contenus Web (WCAG) 2.2 "
        "dans toutes les langues, y compris l’arabe, qui se lit de droite à gauche."
    ),
    "How we check": "Comment nous vérifions",
    "Every page type is tested automatically in every language, on desktop and phone "
    "screen sizes, with the axe-core accessibility checker and the Nu Html Checker, and "
    "with a keyboard only. Changes that fail these tests are not published.": (
        "Chaque type de page est testé automatiquement dans toutes les langues, sur des écrans "
        "d’ordinateur et de téléphone, avec le vérificateur d’accessibilité axe-core et le Nu "
        "Html Checker, et au clavier seul. Les modifications qui échouent à ces tests ne sont "
        "pas publiées."
    ),
    "Tell us about a problem": "Signaler un problème",
    "If something is hard to use, write to secretariat@gosmart.example with the page's "
    "address. We reply within ten working days.": (
        "Si quelque chose est difficile à utiliser, écrivez à secretariat@gosmart.example en "
        "indiquant l’adresse de la page. Nous répondons sous dix jours ouvrés."
    ),
}

STRINGS = {"zh-hant": ZH_HANT, "ja": JA, "ar": AR, "es": ES, "ko": KO, "fr": FR}

# Descriptions of the demo pictures used on the translated pages (ImageAltText).
IMAGE_ALT_TEXT = {
    "An illustrated city skyline with lit windows, used as a news picture.": {
        "zh-hant": "以插畫呈現的城市天際線，窗戶亮著燈，作為新聞配圖。",
        "ja": "窓に明かりがともる街並みのイラスト（ニュース用の画像）。",
        "ar": "رسم لأفق مدينة بنوافذ مضاءة، يُستخدم صورةً للأخبار.",
        "es": "Ilustración de un perfil urbano con ventanas iluminadas, como imagen de noticia.",
        "ko": "불 켜진 창이 있는 도시 스카이라인 일러스트 (뉴스 이미지).",
        "fr": "Silhouette de ville illustrée aux fenêtres allumées, image d’actualité.",
    },
    "An illustrated street grid seen from above, with linked data points.": {
        "zh-hant": "從空中俯瞰的街道網格插畫，資料點彼此相連。",
        "ja": "上空から見た街路の格子と、結ばれたデータの点のイラスト。",
        "ar": "رسم لشبكة شوارع من الأعلى، تربط بينها نقاط بيانات.",
        "es": "Cuadrícula de calles vista desde arriba, con puntos de datos unidos (ilustración).",
        "ko": "위에서 내려다본 도로망과 서로 이어진 데이터 점 일러스트.",
        "fr": "Quadrillage de rues vu du ciel, avec des points de données reliés.",
    },
    "An illustrated conference: a speaker on a stage before a chart.": {
        "zh-hant": "會議插畫：講者站在台上，身後是圖表。",
        "ja": "会議のイラスト。グラフを背に壇上で話す講演者。",
        "ar": "رسم لمؤتمر: متحدث على المنصة أمام رسم بياني.",
        "es": "Ilustración de una conferencia: una persona habla en el escenario ante un gráfico.",
        "ko": "회의 일러스트: 도표 앞 무대에 선 연사.",
        "fr": "Conférence illustrée : un orateur sur scène devant un graphique.",
    },
    "An illustrated train at a station platform under a wayfinding sign.": {
        "zh-hant": "車站月台上的列車插畫，上方有指示標誌。",
        "ja": "案内標識の下、駅のホームに停まる列車のイラスト。",
        "ar": "رسم لقطار عند رصيف محطة تحت لافتة إرشادية.",
        "es": "Ilustración de un tren en el andén de una estación, bajo una señal de orientación.",
        "ko": "안내 표지판 아래 역 승강장에 선 열차 일러스트.",
        "fr": "Train illustré à quai, sous un panneau de signalétique.",
    },
    "An illustrated park with trees, a cycle path and wind turbines.": {
        "zh-hant": "公園插畫：樹木、自行車道與風力發電機。",
        "ja": "木々と自転車道、風力発電機のある公園のイラスト。",
        "ar": "رسم لحديقة فيها أشجار ومسار للدراجات وتوربينات رياح.",
        "es": "Ilustración de un parque con árboles, un carril bici y aerogeneradores.",
        "ko": "나무, 자전거 도로, 풍력 발전기가 있는 공원 일러스트.",
        "fr": "Parc illustré avec des arbres, une piste cyclable et des éoliennes.",
    },
    "Illustrated apartment blocks with solar panels on their roofs.": {
        "zh-hant": "屋頂裝有太陽能板的公寓大樓插畫。",
        "ja": "屋上に太陽光パネルを載せた集合住宅のイラスト。",
        "ar": "رسم لعمارات سكنية فوق أسطحها ألواح شمسية.",
        "es": "Ilustración de bloques de viviendas con paneles solares en los tejados.",
        "ko": "지붕에 태양광 패널을 얹은 아파트 일러스트.",
        "fr": "Immeubles d’habitation illustrés, panneaux solaires sur les toits.",
    },
    "A city skyline at dusk with lit windows in tall buildings.": {
        "zh-hant": "黃昏時分的城市天際線，高樓窗戶透出燈光。",
        "ja": "夕暮れの街並み。高層ビルの窓に明かりがともっている。",
        "ar": "أفق مدينة عند الغسق، ونوافذ الأبراج العالية مضاءة.",
        "es": "Perfil urbano al anochecer, con ventanas iluminadas en los edificios altos.",
        "ko": "해 질 녘 도시 스카이라인, 고층 건물 창에 불이 켜져 있다.",
        "fr": "Silhouette d’une ville au crépuscule, fenêtres allumées dans les tours.",
    },
}


# --- Member cities ---------------------------------------------------------------------------
# The city pages share sentence patterns; each city's own words are written out below.

# English topic wording in the city profiles → (Traditional Chinese, Japanese).
CITY_TOPICS = {
    "housing and buildings": ("住宅與建築", "住宅と建物"),
    "smart mobility": ("智慧交通", "スマートモビリティ"),
    "digital government": ("數位政府", "デジタル行政"),
    "health and care": ("健康與照護", "健康と介護"),
    "public safety": ("公共安全", "公共の安全"),
    "education": ("教育", "教育"),
    "economy and innovation": ("經濟與創新", "経済とイノベーション"),
    "environment and energy": ("環境與能源", "環境とエネルギー"),
}

# slug: (English name, Chinese name, Japanese name, topics in profile order,
#        English summary, Chinese summary, Japanese summary)
CITIES = {
    "taipei": (
        "Taipei",
        "臺北市",
        "台北市",
        ["housing and buildings", "smart mobility", "digital government", "health and care"],
        "Founding city of Go Smart. Taipei opens its public housing, stations and hospitals to "
        "proof-of-concept pilots and shares what it learns with every member.",
        "Go Smart 的創始城市。臺北市將社會住宅、車站與醫院開放給概念驗證試辦計畫，"
        "並與每一位會員分享所學。",
        "Go Smart の創設都市。台北市は公営住宅、駅、病院を概念実証の場として開放し、"
        "得られた知見をすべての会員と共有しています。",
    ),
    "new-taipei": (
        "New Taipei",
        "新北市",
        "新北市",
        ["health and care", "public safety", "education"],
        "Taiwan's most populous municipality wraps around Taipei, from river towns to "
        "mountain villages, and pilots remote care for its older residents.",
        "新北市是臺灣人口最多的直轄市，從河畔市鎮到山間聚落環繞著臺北市，"
        "並為年長市民試辦遠距照護。",
        "台湾で最も人口の多い直轄市・新北市は、川沿いの町から山あいの集落まで台北市を囲み、"
        "高齢の住民に向けた遠隔ケアを試行しています。",
    ),
    "taoyuan": (
        "Taoyuan",
        "桃園市",
        "桃園市",
        ["smart mobility", "economy and innovation"],
        "Home of Taiwan's main international airport, Taoyuan tests autonomous shuttles and "
        "smart logistics along its aerotropolis corridor.",
        "桃園市是臺灣主要國際機場的所在地，正沿著航空城廊帶測試自動駕駛接駁車與智慧物流。",
        "台湾の主要な国際空港を擁する桃園市は、空港都市（エアロトロポリス）の回廊で"
        "自動運転シャトルとスマート物流を試しています。",
    ),
    "taichung": (
        "Taichung",
        "臺中市",
        "台中市",
        ["environment and energy", "education", "smart mobility"],
        "Taichung measures the air around its schools and shares open sensor data with "
        "teachers, parents and researchers.",
        "臺中市監測校園周邊的空氣品質，並將感測器的開放資料分享給教師、家長與研究人員。",
        "台中市は学校周辺の空気を測定し、センサーのオープンデータを教員、保護者、研究者と"
        "共有しています。",
    ),
    "tainan": (
        "Tainan",
        "臺南市",
        "台南市",
        ["environment and energy", "public safety", "economy and innovation"],
        "Taiwan's oldest city pairs heritage streets with heat maps and flood sensors to keep "
        "neighbourhoods cool and safe.",
        "臺南市是臺灣最古老的城市，在歷史街區結合熱區地圖與淹水感測器，讓社區保持涼爽與安全。",
        "台湾で最も古い都市・台南市は、歴史ある街並みに暑熱マップと浸水センサーを組み合わせ、"
        "地域を涼しく安全に保っています。",
    ),
    "kaohsiung": (
        "Kaohsiung",
        "高雄市",
        "高雄市",
        ["smart mobility", "environment and energy", "economy and innovation"],
        "A port city reinventing its waterfront, Kaohsiung pilots low-emission logistics and "
        "station wayfinding adopted from its northern neighbours.",
        "高雄市是正在重塑水岸的港口城市，試辦低排放物流，並引進北部城市的車站導引服務。",
        "ウォーターフロントの再生を進める港湾都市・高雄市は、低排出の物流と、北部の都市から"
        "取り入れた駅の案内サービスを試行しています。",
    ),
    "yokohama": (
        "Yokohama",
        "橫濱市",
        "横浜市",
        ["environment and energy", "public safety", "smart mobility"],
        "Yokohama works with residents on climate adaptation, from early flood warnings in its "
        "parks to energy-saving housing estates.",
        "橫濱市與市民攜手推動氣候調適，從公園裡的淹水預警到節能住宅社區。",
        "横浜市は、公園での浸水の早期警報から省エネルギー型の住宅団地まで、住民とともに"
        "気候変動への適応に取り組んでいます。",
    ),
    "seoul": (
        "Seoul",
        "首爾市",
        "ソウル市",
        ["digital government", "smart mobility", "public safety"],
        "Seoul shares its experience of citizen-facing digital services and real-time city "
        "data with members on every continent.",
        "首爾市與各大洲的會員分享其在市民數位服務與即時城市資料方面的經驗。",
        "ソウル市は、市民向けデジタルサービスとリアルタイムの都市データに関する経験を、"
        "世界各地の会員と共有しています。",
    ),
}

# Titles of the datasets the demo cities share.
DATASETS = {
    "Buildings in 3D": ("3D 建物模型", "建物の 3D データ"),
    "Public housing estates": ("社會住宅社區", "公営住宅団地"),
    "Parking availability": ("停車位即時資訊", "駐車場の空き状況"),
    "Hospitals and clinics": ("醫院與診所", "病院・診療所"),
    "Emergency shelters": ("避難收容處所", "緊急避難所"),
    "Flood sensor water levels": ("淹水感測器水位", "浸水センサーの水位"),
    "Shared bicycle stations": ("公共自行車租賃站", "シェアサイクルのステーション"),
    "Visitor arrivals": ("旅客到訪人次", "来訪者数"),
    "Energy use of public buildings": ("公有建築能源使用量", "公共建築物のエネルギー使用量"),
    "Air quality sensor readings": ("空氣品質感測數據", "大気質センサーの測定値"),
    "Schools and their capacity": ("學校與可容納學生數", "学校と収容人数"),
    "Street trees": ("行道樹", "街路樹"),
    "Public transport timetables": ("大眾運輸時刻表", "公共交通の時刻表"),
    "City budget": ("市政預算", "市の予算"),
    "Service requests from residents": ("市民服務申請", "住民からのサービス要望"),
}

CITY_COMMON = {
    "Members": ("會員城市", "会員都市"),
    "Every member city and region, on a map and A–Z.": (
        "所有會員城市與地區，可在地圖上或依字母順序瀏覽。",
        "すべての会員都市・地域を、地図とアルファベット順で紹介します。",
    ),
    "Cities and regions on every continent that share their strategies, their data and "
    "their pilots. Filter by region, country, membership type or topic.": (
        "來自各大洲的城市與地區，在這裡分享策略、資料與試辦計畫。可依區域、國家、會員類型或主題篩選。",
        "戦略、データ、実証プロジェクトを共有する世界各地の都市と地域です。地域、国、会員種別、"
        "テーマで絞り込めます。",
    ),
    "Mayor": ("市長", "市長"),
    "Smart-city strategy": ("智慧城市策略", "スマートシティ戦略"),
    "In the network": ("在網絡中的參與", "ネットワークでの活動"),
    "priority topics": ("優先主題", "重点テーマ"),
    "datasets shared": ("共享資料集", "共有データセット"),
    "We test in our own streets, and we share what works and what did not.": (
        "我們在自己的街道上測試，也分享哪些做法有效、哪些沒有成功。",
        "私たちは自分たちの街で試し、うまくいったことも、いかなかったことも共有します。",
    ),
    "Smart City Office": ("智慧城市辦公室", "スマートシティ推進室"),
}


def city_strings():
    """(Chinese, Japanese) dictionaries for the member-city profiles."""
    zh, ja = {}, {}
    for english, (chinese, japanese) in {**CITY_COMMON, **DATASETS}.items():
        zh[english], ja[english] = chinese, japanese
    for name, zh_name, ja_name, topics, summary, zh_summary, ja_summary in CITIES.values():
        zh[name], ja[name] = zh_name, ja_name
        zh[summary], ja[summary] = zh_summary, ja_summary
        priorities = (
            f"{name}'s priorities in the network are {', '.join(topics)}. The city's smart-city "
            "office coordinates pilots with departments, companies and universities, and "
            "reports results to the council every year."
        )
        zh[priorities] = (
            f"{zh_name}在網絡中的優先主題為{'、'.join(CITY_TOPICS[t][0] for t in topics)}。"
            "市府的智慧城市辦公室負責與各局處、企業及大學協調試辦計畫，並每年向理事會報告成果。"
        )
        ja[priorities] = (
            f"ネットワークにおける{ja_name}の重点テーマは、"
            f"{'、'.join(CITY_TOPICS[t][1] for t in topics)}です。市のスマートシティ推進室が"
            "部局・企業・大学と実証プロジェクトを調整し、毎年その成果を評議会に報告しています。"
        )
        attribution = f"{name} smart-city office (illustrative quote)"
        zh[attribution] = f"{zh_name}智慧城市辦公室（示意引言）"
        ja[attribution] = f"{ja_name}スマートシティ推進室（引用は例示です）"
        catalogue = f"{name}: open data catalogue"
        zh[catalogue] = f"{zh_name}：開放資料目錄"
        ja[catalogue] = f"{ja_name}：オープンデータカタログ"
    return zh, ja


# --- Awards ------------------------------------------------------------------------------------

AWARDS = {
    "Go Smart Awards": ("Go Smart 獎", "Go Smart アワード"),
    "Winners, finalists and special mentions of every edition since 2024.": (
        "自 2024 年以來歷屆的得獎者、決選入圍者與特別表揚。",
        "2024 年以降の各回の受賞者、ファイナリスト、特別賞。",
    ),
    "Every year the Go Smart Awards recognise projects that make member cities better places "
    "to live, and help them travel from one city to the next.": (
        "Go Smart 獎每年表揚讓會員城市更宜居的計畫，並協助這些計畫從一座城市推廣到下一座城市。",
        "Go Smart アワードは毎年、会員都市をより暮らしやすくするプロジェクトを表彰し、"
        "それらが都市から都市へと広がるよう後押ししています。",
    ),
    "Open to projects running in a Go Smart member city or region. Entries may come from:": (
        "凡在 Go Smart 會員城市或地區執行的計畫皆可參加。參賽者可以是：",
        "Go Smart の会員都市・地域で実施されているプロジェクトが対象です。"
        "応募できるのは次のとおりです。",
    ),
    "the member's own departments and public agencies": (
        "會員本身的局處與公共機關",
        "会員自身の部局および公的機関",
    ),
    "companies and start-ups working with a member": (
        "與會員合作的企業與新創公司",
        "会員と協働する企業やスタートアップ",
    ),
    "universities, research institutes and NGOs": (
        "大學、研究機構與非政府組織",
        "大学、研究機関、NGO",
    ),
    "The project must have been in use for at least six months by the closing date. Projects "
    "may enter one category per year.": (
        "計畫在截止日前須已實際運作至少六個月。每項計畫每年限報名一個類別。",
        "締切日の時点で 6 か月以上運用されている必要があります。応募できるのは 1 年につき"
        " 1 部門までです。",
    ),
    "Ability to scale to other cities": ("推廣至其他城市的潛力", "他都市への展開可能性"),
    # Smart Mobility
    "Smart Mobility": ("智慧交通", "スマートモビリティ"),
    "Moving people and goods more safely, cleanly and easily: navigation, public transport, "
    "shared vehicles, parking, logistics and accessible journeys.": (
        "讓人與貨物的移動更安全、更潔淨、更便利：導航、大眾運輸、共享運具、停車、物流與無障礙旅程。",
        "人とモノの移動を、より安全に、クリーンに、簡単に。ナビゲーション、公共交通、"
        "シェアモビリティ、駐車場、物流、バリアフリーな移動。",
    ),
    "Impact on residents' journeys": ("對市民移動的影響", "住民の移動への効果"),
    "Innovation": ("創新性", "革新性"),
    "Accessibility and inclusion": ("無障礙與包容", "アクセシビリティとインクルージョン"),
    # Smart Housing
    "Smart Housing": ("智慧住宅", "スマート住宅"),
    "Homes and buildings that are better run and better to live in: public housing "
    "management, maintenance, energy use and services for tenants.": (
        "管理更完善、住起來更舒適的住宅與建築：社會住宅管理、維護修繕、能源使用與住戶服務。",
        "より良く管理され、より暮らしやすい住まいと建物。公営住宅の管理、維持保守、"
        "エネルギー利用、入居者向けサービス。",
    ),
    "Benefit to tenants": ("對住戶的益處", "入居者にとっての利点"),
    "Operational savings": ("營運成本節省", "運営コストの削減"),
    "Privacy and security": ("隱私與資訊安全", "プライバシーとセキュリティ"),
    # Winners (shared wording)
    "Results so far": ("目前成果", "これまでの成果"),
    "improvement on the main indicator": ("主要指標的改善幅度", "主要指標の改善"),
    "residents reached": ("受益市民人數", "利用した住民の数"),
    "months": ("個月", "か月"),
    "in operation": ("已運作時間", "運用期間"),
    "We built it with the people who use it every day, and it shows.": (
        "我們和每天使用它的人一起打造它，成果有目共睹。",
        "毎日使う人たちと一緒につくりました。それが仕上がりに表れています。",
    ),
    "Project lead (illustrative quote)": (
        "計畫主持人（示意引言）",
        "プロジェクトリーダー（引用は例示です）",
    ),
    # Multimodal Journey Planner (New Taipei, 2026)
    "Multimodal Journey Planner": ("多元運具旅程規劃", "マルチモーダル経路検索"),
    "One planner for metro, bus, bike and ferry, with live crowding and step-free options.": (
        "整合捷運、公車、自行車與渡輪的旅程規劃工具，提供即時擁擠程度與無障礙路線選項。",
        "地下鉄、バス、自転車、フェリーをひとつで検索。リアルタイムの混雑状況と"
        "段差のないルートにも対応しています。",
    ),
    "The jury praised how the team measured results from the start and shared what did not "
    "work as openly as what did. Multimodal Journey Planner is now being discussed with other "
    "member cities through New Taipei’s partnerships office.": (
        "評審讚許團隊從一開始就量測成果，並且像分享成功經驗一樣，坦然分享行不通的部分。"
        "新北市正透過合作交流辦公室，與其他會員城市洽談推廣「多元運具旅程規劃」。",
        "審査員は、チームが当初から成果を測定し、うまくいかなかったことも成功と同じように"
        "率直に共有した点を高く評価しました。「マルチモーダル経路検索」は現在、新北市の"
        "パートナーシップ担当部署を通じて、ほかの会員都市と導入に向けた協議が進んでいます。",
    ),
    # Smart Public Housing Management (Taipei, 2024)
    "Smart Public Housing Management": ("智慧社會住宅管理", "スマート公営住宅管理"),
    "Sensors and a shared maintenance platform let the housing office fix faults before "
    "tenants report them.": (
        "透過感測器與共用的維修平台，住宅管理單位能在住戶通報之前就先修復故障。",
        "センサーと共通の保守プラットフォームにより、住宅管理部門は入居者から連絡が来る前に"
        "不具合を直せるようになりました。",
    ),
    "The jury praised how the team measured results from the start and shared what did not "
    "work as openly as what did. Smart Public Housing Management is now being discussed with "
    "other member cities through Taipei’s partnerships office.": (
        "評審讚許團隊從一開始就量測成果，並且像分享成功經驗一樣，坦然分享行不通的部分。"
        "臺北市正透過合作交流辦公室，與其他會員城市洽談推廣「智慧社會住宅管理」。",
        "審査員は、チームが当初から成果を測定し、うまくいかなかったことも成功と同じように"
        "率直に共有した点を高く評価しました。「スマート公営住宅管理」は現在、台北市の"
        "パートナーシップ担当部署を通じて、ほかの会員都市と導入に向けた協議が進んでいます。",
    ),
}


def _merge():
    zh_cities, ja_cities = city_strings()
    ZH_HANT.update(zh_cities)
    JA.update(ja_cities)
    for english, (chinese, japanese) in AWARDS.items():
        ZH_HANT[english] = chinese
        JA[english] = japanese


_merge()


# --- Award editions (the editions of the translated winners) ----------------------------------

EDITIONS = {
    "Data that serves people": ("為人服務的資料", "人のためのデータ"),
    "Services built on shared, open and interoperable data, with privacy designed in and "
    "benefits residents can see.": (
        "建立在共享、開放且可互通資料上的服務，從設計之初就納入隱私保護，並帶來市民看得見的效益。",
        "共有・公開され相互運用できるデータに基づき、設計段階からプライバシーに配慮し、"
        "住民が実感できる効果を生むサービス。",
    ),
    "Data-protection specialist and former regulator": (
        "個資保護專家、前主管機關官員",
        "データ保護の専門家、元規制当局者",
    ),
    "Investor in urban-technology start-ups": (
        "城市科技新創投資人",
        "アーバンテック系スタートアップの投資家",
    ),
    "Head of an open-government data office": (
        "開放政府資料辦公室主管",
        "オープンガバメントデータ室の室長",
    ),
    "Researcher in energy systems and districts": (
        "能源系統與街區研究人員",
        "エネルギーシステムと街区の研究者",
    ),
    "Director of a digital-inclusion charity": (
        "數位包容公益團體負責人",
        "デジタル・インクルージョンに取り組む慈善団体の代表",
    ),
    "Cities that learn from each other": ("互相學習的城市", "学び合う都市"),
    "The first edition rewards projects that one member city tested and another adopted, and "
    "the partnerships that made the transfer possible.": (
        "首屆獎項表揚由一座會員城市測試、再由另一座城市採用的計畫，以及促成這種經驗移轉的合作夥伴關係。",
        "第 1 回は、ある会員都市が試し、別の都市が採り入れたプロジェクトと、その移転を"
        "可能にしたパートナーシップを表彰します。",
    ),
    "Urban innovation researcher and former city chief digital officer": (
        "城市創新研究者、前市府數位長",
        "都市イノベーションの研究者、元市の最高デジタル責任者",
    ),
    "Director of a smart-city testbed programme": (
        "智慧城市實驗場域計畫主任",
        "スマートシティ実証プログラムのディレクター",
    ),
    "Transport planner and open-data advocate": (
        "交通規劃師、開放資料倡議者",
        "交通計画の専門家、オープンデータの推進者",
    ),
}

# The translated winners' project names, for their pictures' alt text.
WINNER_NAMES = {
    "Multimodal Journey Planner": ("多元運具旅程規劃", "マルチモーダル経路検索"),
    "Smart Public Housing Management": ("智慧社會住宅管理", "スマート公営住宅管理"),
}


def _merge_editions_and_pictures():
    for english, (chinese, japanese) in EDITIONS.items():
        ZH_HANT[english] = chinese
        JA[english] = japanese
    for name, zh_name, ja_name, *_rest in CITIES.values():
        IMAGE_ALT_TEXT[f"An illustrated skyline standing for {name}, with lit windows."] = {
            "zh-hant": f"代表{zh_name}的插畫天際線，窗戶亮著燈。",
            "ja": f"{ja_name}をイメージした街並みのイラスト。窓に明かりがともっている。",
        }
        IMAGE_ALT_TEXT[f"The emblem of {name}: its initials in a circle."] = {
            "zh-hant": f"{zh_name}的標誌：圓圈中的英文縮寫。",
            "ja": f"{ja_name}のエンブレム：円の中に頭文字。",
        }
    for name, (zh_name, ja_name) in WINNER_NAMES.items():
        IMAGE_ALT_TEXT[f"Illustration for {name}: a trophy on a winners' podium."] = {
            "zh-hant": f"「{zh_name}」的插圖：頒獎台上的獎盃。",
            "ja": f"「{ja_name}」のイラスト：表彰台の上のトロフィー。",
        }


_merge_editions_and_pictures()


# --- Taxonomies and press contacts in Arabic, Spanish, Korean and French ----------------------
# Shown on the pages translated into those languages (filters, topic lists, press contacts).
# English → (Arabic, Spanish, Korean, French).

TAXONOMIES = {
    "Digital government": (
        "الحكومة الرقمية",
        "Gobierno digital",
        "디지털 정부",
        "Administration numérique",
    ),
    "Public services, participation and open data.": (
        "الخدمات العامة والمشاركة والبيانات المفتوحة.",
        "Servicios públicos, participación y datos abiertos.",
        "공공 서비스, 시민 참여, 공공 데이터.",
        "Services publics, participation et données ouvertes.",
    ),
    "Economy and innovation": (
        "الاقتصاد والابتكار",
        "Economía e innovación",
        "경제와 혁신",
        "Économie et innovation",
    ),
    "Start-ups, tourism and testbeds.": (
        "الشركات الناشئة والسياحة وميادين التجريب.",
        "Empresas emergentes, turismo y bancos de pruebas.",
        "스타트업, 관광, 테스트베드.",
        "Jeunes pousses, tourisme et terrains d’essai.",
    ),
    "Education": ("التعليم", "Educación", "교육", "Éducation"),
    "Schools, skills and digital inclusion.": (
        "المدارس والمهارات والشمول الرقمي.",
        "Escuelas, competencias e inclusión digital.",
        "학교, 역량, 디지털 포용.",
        "Écoles, compétences et inclusion numérique.",
    ),
    "Environment and energy": (
        "البيئة والطاقة",
        "Medio ambiente y energía",
        "환경과 에너지",
        "Environnement et énergie",
    ),
    "Air quality, energy, water and waste.": (
        "جودة الهواء والطاقة والمياه والنفايات.",
        "Calidad del aire, energía, agua y residuos.",
        "대기질, 에너지, 물, 폐기물.",
        "Qualité de l’air, énergie, eau et déchets.",
    ),
    "Health and care": ("الصحة والرعاية", "Salud y cuidados", "보건과 돌봄", "Santé et soins"),
    "Hospitals, elderly care and public health.": (
        "المستشفيات ورعاية المسنين والصحة العامة.",
        "Hospitales, atención a mayores y salud pública.",
        "병원, 노인 돌봄, 공중 보건.",
        "Hôpitaux, soins aux personnes âgées et santé publique.",
    ),
    "Housing and buildings": (
        "الإسكان والمباني",
        "Vivienda y edificios",
        "주거와 건물",
        "Logement et bâtiments",
    ),
    "Public housing, building management, energy use.": (
        "الإسكان العام وإدارة المباني واستهلاك الطاقة.",
        "Vivienda pública, gestión de edificios, consumo de energía.",
        "공공 주택, 건물 관리, 에너지 사용.",
        "Logement social, gestion des bâtiments, consommation d’énergie.",
    ),
    "Public safety": ("السلامة العامة", "Seguridad pública", "공공 안전", "Sécurité publique"),
    "Disaster prevention, emergency services and resilience.": (
        "الوقاية من الكوارث وخدمات الطوارئ والقدرة على الصمود.",
        "Prevención de desastres, servicios de emergencia y resiliencia.",
        "재난 예방, 응급 서비스, 회복력.",
        "Prévention des catastrophes, services d’urgence et résilience.",
    ),
    "Smart mobility": (
        "التنقل الذكي",
        "Movilidad inteligente",
        "스마트 모빌리티",
        "Mobilité intelligente",
    ),
    "Transport, navigation, parking and logistics.": (
        "النقل والملاحة ومواقف السيارات والخدمات اللوجستية.",
        "Transporte, navegación, aparcamiento y logística.",
        "교통, 길 안내, 주차, 물류.",
        "Transports, orientation, stationnement et logistique.",
    ),
    "East Asia": ("شرق آسيا", "Asia oriental", "동아시아", "Asie de l’Est"),
    "Europe": ("أوروبا", "Europa", "유럽", "Europe"),
    "Latin America": ("أمريكا اللاتينية", "América Latina", "라틴아메리카", "Amérique latine"),
    "Middle East and Africa": (
        "الشرق الأوسط وأفريقيا",
        "Oriente Medio y África",
        "중동과 아프리카",
        "Moyen-Orient et Afrique",
    ),
    "North America": ("أمريكا الشمالية", "América del Norte", "북아메리카", "Amérique du Nord"),
    "Oceania": ("أوقيانوسيا", "Oceanía", "오세아니아", "Océanie"),
    "South Asia": ("جنوب آسيا", "Asia meridional", "남아시아", "Asie du Sud"),
    "South-East Asia": ("جنوب شرق آسيا", "Sudeste asiático", "동남아시아", "Asie du Sud-Est"),
    # People's names are written as they write them.
    "Daniel Okafor": ("Daniel Okafor", "Daniel Okafor", "Daniel Okafor", "Daniel Okafor"),
    "Lin Mei-hua": ("Lin Mei-hua", "Lin Mei-hua", "Lin Mei-hua", "Lin Mei-hua"),
    "Press officer, Europe": (
        "مسؤول الصحافة، أوروبا",
        "Responsable de prensa, Europa",
        "유럽 담당 언론관",
        "Attaché de presse, Europe",
    ),
    "Head of communications": (
        "رئيسة الاتصال",
        "Directora de comunicación",
        "홍보 책임자",
        "Responsable de la communication",
    ),
}


def _merge_taxonomies():
    for english, translations in TAXONOMIES.items():
        for language, text in zip(("ar", "es", "ko", "fr"), translations, strict=True):
            STRINGS[language][english] = text


_merge_taxonomies()
