// Real events for the demo, from public reporting and official statements; intensities are
// their CAMEO codes' Goldstein values. Checked by hand; re-verify before relying on any.
export interface DemoEvent {
  date: string;
  source: string;
  target: string;
  cameoCode: string;
  title: string;
  summary: string;
  sources: { url: string; publisher: string; publishedAt: string }[];
  /** Left in review, so the reviewer's queue has work in it on first start. */
  pending?: boolean;
}

const WH = "The White House";
const WIKI = "Wikipedia (summary of contemporary reporting)";

export const DEMO_EVENTS: DemoEvent[] = [
  {
    date: "2021-01-26",
    source: "USA",
    target: "RUS",
    cameoCode: "041",
    title: "Biden and Putin agree by phone to extend New START",
    summary: "In their first call, the presidents agree that their teams will urgently complete a five-year extension of the New START arms-control treaty.",
    sources: [
      {
        url: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/01/26/readout-of-president-joseph-r-biden-jr-call-with-president-vladimir-putin-of-russia/",
        publisher: WH,
        publishedAt: "2021-01-26",
      },
    ],
  },
  {
    date: "2021-02-03",
    source: "USA",
    target: "RUS",
    cameoCode: "057",
    title: "United States and Russia extend New START for five years",
    summary: "The extension of the last treaty limiting both countries' strategic nuclear forces takes effect, to February 2026.",
    sources: [
      {
        url: "https://www.state.gov/on-the-extension-of-the-new-start-treaty-with-the-russian-federation/",
        publisher: "U.S. Department of State",
        publishedAt: "2021-02-03",
      },
    ],
  },
  {
    date: "2021-03-17",
    source: "RUS",
    target: "USA",
    cameoCode: "161",
    title: "Russia recalls its ambassador to the United States for consultations",
    summary: "Moscow calls Ambassador Anatoly Antonov home after President Biden agrees in an interview that Putin is a \"killer\".",
    sources: [{ url: "https://en.wikipedia.org/wiki/Anatoly_Antonov", publisher: WIKI, publishedAt: "2021-03-17" }],
  },
  {
    date: "2021-04-15",
    source: "USA",
    target: "RUS",
    cameoCode: "163",
    title: "United States imposes sanctions on Russia and expels ten diplomats",
    summary: "Sanctions over the SolarWinds intrusion and election interference, including restrictions on Russian sovereign debt, and the expulsion of ten officials of the Russian mission.",
    sources: [
      {
        url: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/04/15/fact-sheet-imposing-costs-for-harmful-foreign-activities-by-the-russian-government/",
        publisher: WH,
        publishedAt: "2021-04-15",
      },
    ],
  },
  {
    date: "2021-06-16",
    source: "USA",
    target: "RUS",
    cameoCode: "036",
    title: "Geneva summit: Biden and Putin launch a strategic stability dialogue",
    summary: "A joint statement reaffirms that a nuclear war cannot be won and must never be fought, and opens an integrated bilateral dialogue on arms control.",
    sources: [
      {
        url: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2021/06/16/u-s-russia-presidential-joint-statement-on-strategic-stability/",
        publisher: WH,
        publishedAt: "2021-06-16",
      },
    ],
  },
  {
    date: "2022-02-24",
    source: "USA",
    target: "RUS",
    cameoCode: "163",
    title: "United States announces sweeping sanctions after Russia invades Ukraine",
    summary: "Export controls and sanctions on Russia's largest banks, announced the day the invasion begins.",
    sources: [
      {
        url: "https://bidenwhitehouse.archives.gov/briefing-room/speeches-remarks/2022/02/24/remarks-by-president-biden-on-russias-unprovoked-and-unjustified-attack-on-ukraine/",
        publisher: WH,
        publishedAt: "2022-02-24",
      },
    ],
  },
  {
    date: "2022-02-24",
    source: "RUS",
    target: "UKR",
    cameoCode: "190",
    title: "Russia launches a full-scale invasion of Ukraine",
    summary: "Missile strikes on cities across Ukraine and ground offensives from Russia, Belarus and occupied Crimea.",
    sources: [{ url: "https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine", publisher: WIKI, publishedAt: "2022-02-24" }],
  },
  {
    date: "2022-07-22",
    source: "RUS",
    target: "UKR",
    cameoCode: "057",
    title: "Russia and Ukraine sign parallel deals in Istanbul to reopen grain exports",
    summary: "The Black Sea Grain Initiative, brokered by the United Nations and Türkiye, lets grain ships leave three Ukrainian ports.",
    sources: [{ url: "https://www.un.org/en/black-sea-grain-initiative", publisher: "United Nations", publishedAt: "2022-07-22" }],
  },
  {
    date: "2020-09-27",
    source: "AZE",
    target: "ARM",
    cameoCode: "190",
    title: "Full-scale fighting breaks out over Nagorno-Karabakh",
    summary: "Azerbaijan launches an offensive along the line of contact; both sides declare martial law. The 44-day war begins.",
    sources: [{ url: "https://en.wikipedia.org/wiki/Second_Nagorno-Karabakh_War", publisher: WIKI, publishedAt: "2020-09-27" }],
  },
  {
    date: "2020-11-09",
    source: "ARM",
    target: "AZE",
    cameoCode: "0871",
    title: "Armenia, Azerbaijan and Russia sign a statement ending the war",
    summary: "A complete ceasefire from 10 November, Russian peacekeepers along the line of contact and the return of districts to Azerbaijan.",
    sources: [{ url: "http://en.kremlin.ru/events/president/news/64384", publisher: "President of Russia", publishedAt: "2020-11-10" }],
  },
  {
    date: "2023-12-07",
    source: "ARM",
    target: "AZE",
    cameoCode: "057",
    title: "Armenia and Azerbaijan agree to exchange prisoners in a joint statement",
    summary: "The first bilateral statement without mediators: a prisoner exchange and support for each other's bids in regional bodies, towards a peace treaty.",
    sources: [{ url: "https://en.wikipedia.org/wiki/Armenia%E2%80%93Azerbaijan_relations", publisher: WIKI, publishedAt: "2023-12-07" }],
  },
  {
    date: "2022-08-04",
    source: "CHN",
    target: "TWN",
    cameoCode: "150",
    title: "China begins live-fire military exercises around Taiwan",
    summary: "Days of drills in six zones encircling the island, with ballistic missiles fired over it, after the US House Speaker's visit to Taipei.",
    sources: [{ url: "https://en.wikipedia.org/wiki/2022_Chinese_military_exercises_around_Taiwan", publisher: WIKI, publishedAt: "2022-08-04" }],
  },
  {
    date: "2022-08-05",
    source: "CHN",
    target: "USA",
    cameoCode: "161",
    title: "China suspends climate and military talks with the United States",
    summary: "Among eight countermeasures to Nancy Pelosi's visit to Taiwan, Beijing halts climate cooperation and cancels defence dialogues.",
    sources: [{ url: "https://en.wikipedia.org/wiki/2022_Nancy_Pelosi_visit_to_Taiwan", publisher: WIKI, publishedAt: "2022-08-05" }],
  },
  {
    date: "2023-11-15",
    source: "USA",
    target: "CHN",
    cameoCode: "043",
    title: "Biden hosts Xi at Woodside; military-to-military talks to resume",
    summary: "The leaders agree to restore high-level military communications and to cooperate on countering fentanyl.",
    sources: [
      {
        url: "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2023/11/15/readout-of-president-joe-bidens-meeting-with-president-xi-jinping-of-the-peoples-republic-of-china/",
        publisher: WH,
        publishedAt: "2023-11-15",
      },
    ],
  },
  {
    date: "2021-04-16",
    source: "RUS",
    target: "USA",
    cameoCode: "174",
    title: "Russia expels ten US diplomats in retaliation for US sanctions",
    summary: "Foreign Minister Lavrov announces the tit-for-tat expulsions and suggests the US ambassador return home for consultations.",
    sources: [{ url: "https://en.wikipedia.org/wiki/Russia%E2%80%93United_States_relations", publisher: WIKI, publishedAt: "2021-04-16" }],
    pending: true,
  },
];
