// The project's own CAMEO coding rules: verb and phrase patterns of news text → the CAMEO code
// they suggest (codes as in packages/db/data/cameo.tsv). Pattern language: see ../pattern.ts.
// Where several rules match one sentence for the same pair of actors, the more specific code
// (the longer one) wins and the others become the alternatives; among equals, the earlier rule.
//
// Roles say how a rule finds its actors and what it does to the verbs after it:
//   act        who does it is the subject, to whom the object (the default)
//   meet       the same, and actors named together ("X and Y signed") are each other's partner
//   appeal, demand, accuse, criticize, threaten, reject
//              verbal reactions: what follows the verb is what is asked, alleged or threatened,
//              not an event of its own ("urged Russia to stop its attacks")
//   praise     support for what another did ("welcomed the strikes"): aimed at whoever did it
//   label      a word of criticism ("a land grab", "war crime") inside what someone said: the
//              speaker criticizes whoever the words are about
//
// Flags: negatable: false — the pattern itself holds the negation ("never recognise");
// unless — a pattern that, inside the same clause, means the rule doesn't apply;
// elliptical — the object was left out ("…, and Canada expelled four"): the code of the
// sentence's previous match is meant; subjectIsTarget — the verb's subject suffers the act and
// the speaker does it ("he said Putin would pay a price"); requires — the rule applies only
// when the sentence before the verb matches it; mutual — a fight between two sides, each
// acting on the other ("a clash with Chinese troops").

export type Role = "act" | "meet" | "appeal" | "demand" | "accuse" | "criticize" | "threaten" | "reject" | "praise" | "label";

export interface Rule {
  code: string;
  pattern: string;
  role?: Role;
  alts?: string[];
  /** Headline: {S} source, {T} target, {Tadj} target as an adjective ("Polish"). */
  title?: string;
  negatable?: false;
  unless?: RegExp;
  elliptical?: true;
  subjectIsTarget?: true;
  requires?: RegExp;
  mutual?: true;
}

const DIPLOMATS =
  "diplomat*|ambassador*|envoy*|attache*|attaché*|consul*|spies|spy|intelligence_officers|embassy_staff|embassy_officials|charge_d'affaires";
const SANCTIONS =
  "sanction*|tariff*|duties|levies|embargo*|export_controls|export_curbs|curbs|asset_freeze*|travel_ban*|restrictions|penalties|blacklist*";
const WEAPONS = "weapons|arms|missiles|tanks|ammunition|munitions|military_aid|military_assistance|air_defen*|jets|fighter_jets|artillery|howitzers|drones";
const FORCES = "troops|forces|soldiers|tanks|warships|ships|carrier*|bombers|jets|marines|battalions|brigades|units";
const DE_ESCALATE = "stop|halt|end|cease|withdraw|pull_out|exercise|show|de-escalate|refrain|avoid|respect|restrain";

export const RULES: Rule[] = [
  // 02 Appeal
  { code: "0256", role: "appeal", pattern: `urge~|call~_on|call~_upon|appeal~_to|press~|ask~|plead~_with … to ${DE_ESCALATE}`, title: "{S} urges {T} to show restraint" },
  { code: "0254", role: "appeal", pattern: `urge~|call~_on|call~_upon|appeal~_to|press~|ask~ … to cancel|lift|ease|remove|scrap|drop`, title: "{S} urges {T} to lift its measures" },
  { code: "0253", role: "appeal", pattern: `urge~|call~_on|call~_upon|appeal~_to|press~|ask~ … to release|free`, title: "{S} urges {T} to release detainees" },
  { code: "026", role: "appeal", pattern: `urge~|call~_on|call~_upon|appeal~_to|press~|ask~ … to negotiate|talk|resume|return|hold|sit`, title: "{S} urges {T} to negotiate" },
  { code: "020", role: "appeal", pattern: `urge~|call~_on|call~_upon|appeal~_to|plead~_with`, title: "{S} appeals to {T}" },
  { code: "020", role: "appeal", pattern: `call~_for`, title: "{S} appeals to {T}" },
  { code: "023", role: "appeal", pattern: `appeal~_for|ask~_for|request~ …3 aid|help|assistance|support`, title: "{S} asks {T} for aid" },

  // 03 Express intent to cooperate
  { code: "036", role: "meet", pattern: `offer~|propose~|suggest~|challenge~|invite~ … talks|to_talk|to_meet|to_negotiate|negotiations|dialogue|a_meeting|a_summit|to_visit`, title: "{S} offers talks to {T}" },
  { code: "039", role: "act", pattern: `offer~ …3 to_mediate|mediation`, title: "{S} offers to mediate with {T}" },
  { code: "033", role: "act", pattern: `offer~|pledge~|promise~ … aid|help|assistance|support|loans?|billion`, title: "{S} pledges aid to {T}" },
  { code: "036", role: "meet", pattern: `agree~ to meet|talk|negotiate|hold|resume`, title: "{S} and {T} agree to talks" },
  { code: "032", role: "meet", pattern: `agree~ to reopen|restore|resume|establish|normalise|normalize|re-establish|upgrade`, title: "{S} and {T} agree to restore ties" },
  { code: "030", role: "meet", pattern: `agree~ to`, title: "{S} and {T} agree to cooperate" },
  { code: "036", role: "meet", pattern: `ready|willing|prepared to talk|negotiate|meet|hold_talks`, title: "{S} ready for talks with {T}" },

  // 04 Consult
  { code: "041", role: "meet", pattern: `spoke|speaks|speak|talked|talks|talk … by_phone|by_telephone|on_the_phone|by_video_link`, title: "{S} and {T} speak by phone" },
  { code: "041", role: "meet", pattern: `phone_call|telephone_call|telephone_conversation|phone_conversation`, title: "{S} and {T} speak by phone" },
  { code: "046", role: "meet", pattern: `negotiate~|negotiations_with`, title: "{S} and {T} negotiate" },
  { code: "045", role: "act", pattern: `mediate~|mediation_between`, title: "{S} mediates for {T}" },
  { code: "042", role: "meet", pattern: `visit~|arrive~_in|arrive~_at|fly~_to|fly~_into|flew_in_to|travel~_to|trip_to|visit_to`, title: "{S} visits {T}" },
  { code: "043", role: "meet", pattern: `host~|greet~|welcome~ … to|at|by`, title: "{S} hosts {T}" },
  { code: "040", role: "meet", pattern: `meet|meets|met|meeting_with|talks_with|talked_with|held_talks|hold_talks|holds_talks|holding_talks|were_meeting|was_meeting|are_meeting|is_meeting`, title: "{S} and {T} hold talks" },
  { code: "040", role: "meet", pattern: `discuss~ … with`, title: "{S} and {T} hold talks" },
  { code: "040", role: "meet", pattern: `convene~|call~|request~ … emergency_meeting|emergency_session|emergency_talks|consultations`, title: "{S} and {T} hold talks" },

  // 05 Diplomatic cooperation
  { code: "057", role: "meet", pattern: `sign~|conclude~|strike~|seal~|ink~ … agreement|accord|deal|treaty|declaration|pact|memorandum|ceasefire|truce`, unless: /\bannex/i, title: "{S} and {T} sign an agreement" },
  { code: "050", role: "meet", pattern: `restore~|re-establish~|normalise~|normalize~|resume~|establish~|upgrade~ … relations|ties`, title: "{S} and {T} restore relations" },
  { code: "050", role: "meet", pattern: `reopen~ … embassy|embassies`, title: "{S} and {T} reopen embassies" },
  { code: "054", role: "act", pattern: `recognise~|recognize~ …4 independence|sovereignty|as_a_state|as_an_independent|as_a_sovereign|as_the_legitimate`, title: "{S} recognises {T}" },
  { code: "051", role: "praise", pattern: `praise~|hail~|commend~|congratulate~|applaud~`, title: "{S} praises {T}" },
  { code: "051", role: "praise", pattern: `support~|endorse~|welcome~|back~ … action|actions|strike*|move|decision|step|steps|measures|efforts|operation|response`, title: "{S} backs {T}" },
  { code: "055", role: "act", pattern: `apologise~|apologize~`, title: "{S} apologises to {T}" },

  // 06 Material cooperation
  { code: "062", role: "meet", pattern: `joint …3 drills|exercises|patrols|manoeuvres|maneuvers`, title: "{S} and {T} hold joint military drills" },
  { code: "064", role: "act", pattern: `share~ … intelligence|information`, title: "{S} shares intelligence with {T}" },
  { code: "063", role: "act", pattern: `extradite~`, title: "{S} extradites to {T}" },

  // 07 Provide aid
  { code: "074", role: "act", pattern: `help~|helping|assist~ … defend|take_down|shoot_down|intercept|repel|protect`, title: "{S} helps defend {T}" },
  { code: "072", role: "act", pattern: `send~|provide~|deliver~|supply~|ship~|give~|transfer~ … ${WEAPONS}`, title: "{S} sends weapons to {T}" },
  { code: "073", role: "act", pattern: `send~|provide~|deliver~|give~|ship~ … humanitarian|food|medicine|relief|vaccines`, title: "{S} sends humanitarian aid to {T}" },
  { code: "071", role: "act", pattern: `send~|provide~|give~|grant~|lend~|approve~ … loan*|financial_aid|economic_aid|budget_support`, title: "{S} gives economic aid to {T}" },
  { code: "075", role: "act", pattern: `grant~ …3 asylum`, title: "{S} grants asylum to {T} nationals" },

  // 08 Yield
  { code: "0841", role: "act", pattern: `release~|free~|hand~_over|return~ … prisoner*|detainee*|hostage*|pilot*|sailors|soldiers|citizens|nationals|journalist*|captive*`, title: "{S} releases {Tadj} detainees" },
  { code: "085", role: "act", pattern: `lift~|ease~|remove~|suspend~|scrap~|drop~ … ${SANCTIONS}`, title: "{S} eases measures against {T}" },
  { code: "0871", role: "meet", pattern: `declare~|agree~_to|announce~|observe~ … ceasefire|truce|cease-fire`, title: "{S} and {T}: ceasefire" },
  { code: "087", role: "act", pattern: `withdraw~|pull~_out|pull~_back … ${FORCES}`, title: "{S} withdraws forces from {T}" },
  { code: "083", role: "act", pattern: `accept~ … ruling|verdict|demands?|terms|proposal|plan|decision|award`, title: "{S} accepts {T}'s terms" },
  { code: "086", role: "act", pattern: `allow~|admit~ … inspectors|monitors|observers|peacekeepers|humanitarian`, title: "{S} lets {T} in" },

  // 09 Investigate
  { code: "094", role: "act", pattern: `investigate~|probe~ … war_crimes`, title: "{S} investigates war crimes by {T}" },
  { code: "090", role: "act", pattern: `investigate~|launch~_an_investigation|open~_an_investigation|launch~_an_inquiry|open~_an_inquiry`, title: "{S} investigates {T}" },

  // 10 Demand
  { code: "106", role: "demand", pattern: `demand~ … withdraw*|pull-out|pullout|presence|leave|troops_out`, title: "{S} demands {T} withdraw" },
  { code: "1054", role: "demand", pattern: `demand~ … lifting|lift|easing|end_to_the_embargo|end_to_sanctions`, title: "{S} demands {T} lift its measures" },
  { code: "1053", role: "demand", pattern: `demand~ … release|freeing|return_of`, title: "{S} demands {T} release detainees" },
  { code: "1056", role: "demand", pattern: `demand~ … end|stop|halt|cease|ceasefire`, title: "{S} demands {T} stop" },
  { code: "101", role: "demand", pattern: `demand~ … apology|explanation|investigation|information|compensation`, title: "{S} demands answers from {T}" },
  { code: "100", role: "demand", pattern: `demand~|insist~_that`, title: "{S} makes demands of {T}" },

  // 11 Disapprove
  { code: "1124", role: "accuse", pattern: `accuse~|blame~ … war_crime*|genocide|crimes_against_humanity`, title: "{S} accuses {T} of war crimes" },
  { code: "1123", role: "accuse", pattern: `accuse~|blame~ … aggression|invasion|invading|attack*|waging|war_on|shelling|bombing|firing|fired|provocation*`, title: "{S} accuses {T} of aggression" },
  { code: "1122", role: "accuse", pattern: `accuse~ … civilians|human_rights|abuses|torture`, title: "{S} accuses {T} of abuses" },
  { code: "1125", role: "accuse", pattern: `accuse~ … spying|espionage|spies`, title: "{S} accuses {T} of espionage" },
  { code: "112", role: "accuse", pattern: `accuse~|blame~|allege~`, title: "{S} accuses {T}" },
  { code: "114", role: "criticize", pattern: `summon~ … ambassador|envoy|charge_d'affaires|diplomat*`, alts: ["111"], title: "{S} summons {Tadj} envoy" },
  { code: "114", role: "criticize", pattern: `protest~_to|complain~_to|protest~_against`, title: "{S} protests to {T}" },
  { code: "114", role: "criticize", pattern: `lodge~|file~|deliver~ … protest|complaint`, title: "{S} protests to {T}" },
  { code: "115", role: "act", pattern: `take~ … case|dispute|matter … to_the_International|to_the_World|to_court|to_the_court`, title: "{S} takes {T} to court" },
  { code: "115", role: "act", pattern: `file~|bring~|lodge~ … lawsuit|legal_case|case_against|complaint_with|complaint_at`, title: "{S} takes {T} to court" },
  { code: "111", role: "act", pattern: `declare~|brand~|label~|designate~|call~ … an_enemy|enemy_state|enemy|a_terrorist_state|a_state_sponsor_of_terrorism`, title: "{S} declares {T} an enemy" },
  { code: "111", role: "criticize", pattern: `condemn~|denounce~|decry|decries|decried|deplore~|slam~|lambast~|castigate~|rebuke~|criticise~|criticize~|regret~|oppose~|chide~|assail~`, title: "{S} condemns {T}" },

  // 12 Reject
  { code: "125", role: "reject", pattern: `no_more|no … negotiations|talks with`, negatable: false, title: "{S} rules out talks with {T}" },
  { code: "125", role: "reject", pattern: `reject~|rebuff~|rule~_out|refuse~|spurn~|dismiss~ … talks|negotiations|offer_of_talks|proposal_to_meet|meeting`, title: "{S} rejects talks with {T}" },
  { code: "127", role: "reject", pattern: `reject~|rebuff~|spurn~ … plan|deal|agreement|peace|proposal`, title: "{S} rejects {T}'s plan" },
  { code: "120", role: "reject", pattern: `not|never …2 recognise~|recognize~|accept~`, negatable: false, title: "{S} rejects {T}'s move" },
  { code: "120", role: "reject", pattern: `reject~|rebuff~|spurn~|repudiate~`, title: "{S} rejects {T}'s position" },
  { code: "129", role: "reject", pattern: `veto~`, title: "{S} vetoes {T}'s proposal" },
  { code: "124", role: "reject", pattern: `stay~|remain~ … despite|in_defiance_of`, title: "{S} refuses to yield to {T}" },

  // 13 Threaten
  { code: "139", role: "threaten", pattern: `ultimatum`, title: "{S} gives {T} an ultimatum" },
  { code: "1312", role: "threaten", pattern: `threaten~|warn~ … ${SANCTIONS}|isolation|costs|cost|punish*`, title: "{S} threatens {T} with sanctions" },
  { code: "1313", role: "threaten", pattern: `threaten~|warn~ … cut|sever|break|downgrade … ties|relations`, title: "{S} threatens to cut ties with {T}" },
  { code: "138", role: "threaten", pattern: `threaten~|warn~ … attack*|strike*|force|military|war|invade|retaliat*|respond|response|retaliation|target*`, title: "{S} threatens {T} with force" },
  { code: "130", role: "threaten", pattern: `threaten~|warn~`, title: "{S} threatens {T}" },
  { code: "130", role: "threaten", pattern: `will|would|shall|'ll|’ll|vow~_to|ready_to|prepared_to …3 respond|retaliate|react|hit_back|strike_back|take_countermeasures|take_counter-measures`, title: "{S} vows to respond to {T}" },
  { code: "130", role: "threaten", pattern: `pay|paying …2 a|the [heavy|high] price`, subjectIsTarget: true, title: "{S} says {T} will pay a price" },
  { code: "130", role: "threaten", pattern: `exact|exacting …2 a|the [heavy|high] price`, title: "{S} vows to make {T} pay a price" },
  { code: "130", role: "threaten", pattern: `go|going|goes unpunished`, negatable: false, title: "{S} vows to punish {T}" },
  { code: "130", role: "threaten", pattern: `enormous|massive|severe|harsh|swift|decisive|crushing|merciless|resolute …2 retaliation|response|punishment|counter-attacks|counterattacks|counter-measures|countermeasures`, title: "{S} threatens {T} with retaliation" },
  { code: "138", role: "threaten", pattern: `will|would|shall be … with|through guns|bullets|weapons|force|fire|the_sword`, title: "{S} threatens {T} with force" },
  { code: "138", role: "threaten", pattern: `vow~|pledge~|promise~|threaten~ … long_war|war|to_fight|fight_to|resistance|to_resist|revenge|vengeance|retribution`, title: "{S} threatens {T} with war" },
  { code: "130", role: "threaten", pattern: `face~|faces|facing … revenge|vengeance|retribution|consequences|punishment`, subjectIsTarget: true, title: "{S} warns {T} of consequences" },
  { code: "130", role: "threaten", pattern: `response|retaliation … much|far|considerably larger|stronger|harsher|more_severe|more_painful`, title: "{S} threatens {T} with retaliation" },

  // 15 Exhibit force posture
  { code: "152", role: "act", pattern: `raise~|put~|place~ … military|forces|troops|army|armed_forces … alert|readiness|high_alert`, title: "{S} puts forces on alert against {T}" },
  { code: "154", role: "act", pattern: `mass~|deploy~|mobilise~|mobilize~|move~ … ${FORCES}`, title: "{S} deploys forces against {T}" },

  // 16 Reduce relations
  { code: "161", role: "act", pattern: `expel~|expulsion*|order~_out|declare~_persona_non_grata|give~|gave … ${DIPLOMATS}`, alts: ["174"], title: "{S} expels {Tadj} diplomats" },
  { code: "161", role: "act", pattern: `${DIPLOMATS} …4 expel~|expelled|ordered_to_leave|ordered_out`, alts: ["174"], title: "{S} expels {Tadj} diplomats" },
  { code: "161", role: "act", pattern: `order~|tell~|told|ask~ … ${DIPLOMATS} … to_leave|to_depart|out_of`, alts: ["174"], title: "{S} expels {Tadj} diplomats" },
  { code: "161", role: "act", pattern: `recall~|withdraw~ … ambassador*|envoy*|diplomat*|consultations`, title: "{S} recalls its envoy to {T}" },
  { code: "160", role: "act", pattern: `suspend~|withdraw~_from|pull~_out_of|quit~|exit~|abandon~|tear~_up|scrap~ … agreement|treaty|accord|deal|memorandum|pact`, alts: ["1212"], title: "{S} suspends an agreement with {T}" },
  { code: "160", role: "act", pattern: `cancel~|call~_off|postpone~|scrap~ … visit|trip|summit|meeting|exercises|drills|manoeuvres|maneuvers`, alts: ["125"], title: "{S} cancels a visit to {T}" },
  { code: "160", role: "act", pattern: `cut~|sever~|suspend~|shut~ … hotline*|communication_lines|communication_links|communications_channels|liaison`, title: "{S} cuts communication lines with {T}" },
  { code: "161", role: "act", pattern: `cut~|sever~|break~|suspend~|downgrade~|freeze~|severing|cutting … ties|relations`, unless: /\bwill not\b/i, title: "{S} cuts diplomatic ties with {T}" },
  { code: "161", role: "act", pattern: `close~|closure_of|shut~ … embassy|consulate*|mission`, title: "{S} closes {Tadj} mission" },
  { code: "161", role: "act", pattern: `expel~ # [each|apiece]`, elliptical: true },
  { code: "160", role: "act", pattern: `expel~ … from_the|from_its … alliance|coalition|bloc|organisation|organization|group|union`, title: "{S} expels {T} from an alliance" },
  { code: "163", role: "act", pattern: `impose~|slap~|announce~|approve~|adopt~|unveil~|tighten~|expand~|levy~|introduce~|order~ … ${SANCTIONS}`, alts: ["172"], title: "{S} imposes sanctions on {T}" },
  { code: "163", role: "act", pattern: `sanctioned|sanctioning|blacklist~|freeze~_the_assets|froze_the_assets`, title: "{S} imposes sanctions on {T}" },
  { code: "163", role: "act", pattern: `restrict~|ban~|halt~|suspend~ … exports|imports|trade|flights|shipments`, alts: ["172"], title: "{S} restricts trade with {T}" },
  { code: "163", role: "act", pattern: `add~ … to … entity|unreliable|blacklist|sanctions_list|export_control_list`, title: "{S} blacklists {Tadj} companies" },
  { code: "163", role: "act", pattern: `close~|closing|shut~ … border|airspace|air_space|ports|waters|land_border`, alts: ["191", "172"], title: "{S} closes its borders to {T}" },
  { code: "164", role: "act", pattern: `halt~|suspend~|break~_off|walk~_out_of|call~_off|pull~_out_of … talks|negotiations`, title: "{S} halts talks with {T}" },
  { code: "162", role: "act", pattern: `suspend~|cut~|halt~|freeze~|stop~ … aid|assistance`, title: "{S} cuts aid to {T}" },

  // 17 Coerce
  { code: "173", role: "act", pattern: `arrest~|detain~|jail~|imprison~|charge~_with`, title: "{S} detains {Tadj} nationals" },
  { code: "1711", role: "act", pattern: `seize~|confiscate~|impound~ … tanker|ship|vessel|assets|property|cargo`, title: "{S} seizes {Tadj} property" },
  { code: "1712", role: "act", pattern: `blow~_up|blew_up|demolish~|raze~|destroy~ … office|building|embassy|consulate|facility|offices|compound|monument`, title: "{S} destroys {Tadj} property" },
  { code: "174", role: "act", pattern: `deport~|expel~ … citizens|nationals|journalist*|workers|people|residents|visitors`, title: "{S} expels {Tadj} nationals" },

  { code: "170", role: "act", pattern: `raid~|storm~|force~_their_way_into|forced_their_way_into|force~_its_way_into|forced_its_way_into|enter~ … embassy|consulate|diplomatic_mission`, title: "{S} raids {Tadj} embassy" },

  // 18 Assault
  { code: "181", role: "act", pattern: `kidnap~|abduct~|hijack~|take~_hostage`, title: "{S} abducts {Tadj} nationals" },
  { code: "186", role: "act", pattern: `assassinate~|assassination_of`, title: "{S} assassinates {Tadj} figure" },

  // 19 Fight
  { code: "192", role: "act", pattern: `annex~|occupy~|seize~_control|took_control|take~_control`, title: "{S} annexes {Tadj} territory" },
  { code: "191", role: "act", pattern: `blockade~|impose~ … blockade`, title: "{S} blockades {T}" },
  { code: "196", role: "act", pattern: `violate~|breach~ … ceasefire|truce|cease-fire`, title: "{S} violates ceasefire with {T}" },
  { code: "194", role: "act", pattern: `shell~|fire~|fired|firing|launch~ … artillery|shells|mortar*|rockets_and_artillery|howitzer*`, title: "{S} shells {T}" },
  { code: "194", role: "act", pattern: `shelled|shelling|return~_fire|returned_fire`, title: "{S} shells {T}" },
  { code: "190", role: "act", pattern: `fire~|fired|firing … shots|rounds|salvo*|volley*`, title: "{S} attacks {T}" },
  { code: "190", role: "act", pattern: `destroy~|hit|pound~|knock~_out … tanks|vehicles|positions|air_defen*|bases|targets|troops|forces|artillery`, title: "{S} attacks {T}" },
  { code: "195", role: "act", pattern: `fire~|fired|firing|launch~|rain~ … missile*|rocket*|drones|cruise|ballistic|bombs`, title: "{S} launches missile strikes on {T}" },
  { code: "195", role: "act", pattern: `bomb~|air_strike*|airstrike*|air_raid*|drone_strike*|missile_strike*|strike~|struck|drop~_bombs|dropping_bombs|dropped_bombs`, unless: /\b(?:deal|agreement|accord|balance|chord|tone)\b/i, title: "{S} carries out air strikes on {T}" },
  { code: "190", role: "act", pattern: `launch~|begin~|start~|wage~|mount~ … attack*|offensive|invasion|assault|war|operation|raid*|counter-attack*|counterattack*`, title: "{S} attacks {T}" },
  { code: "190", role: "act", pattern: `attack~|invade~|raid~|storm~|overrun~|shoot~_down|shot_down|retake~|recapture~`, unless: /\b(?:embassy|consulate)\b/i, title: "{S} attacks {T}" },
  { code: "190", role: "act", pattern: `fight~|fought|clash~|skirmish*|face-off|standoff|stand-off|firefight|exchange~_fire|battle~`, mutual: true, title: "{S} and {T} clash" },
  { code: "190", role: "act", pattern: `roll~|move~|pour~|push~|cross~|enter~|advance~|march~ … into|across|toward|towards|the_border|the_de_facto_border|the_line_of_control`, unless: /\b(?:talks|negotiations|agreement|market|economy|trade)\b/i, title: "{S} sends forces into {T}" },
  { code: "193", role: "act", pattern: `shoot~|shooting|opened_fire|open~_fire|gunfire`, title: "{S} fires on {Tadj} forces" },
  { code: "190", role: "act", pattern: `target~`, title: "{S} attacks {T}" },

  // Words of criticism inside what someone said ("called it a land grab"): the speaker
  // criticizes (111) or accuses (112) whoever the words are about.
  // "A report found that Putin had authorised…": a finding that blames.
  { code: "112", role: "label", pattern: `authorised|authorized|orchestrated|ordered|directed|was_behind|were_behind|was_responsible_for|were_responsible_for`, requires: /\b(?:found|finds|concluded|concludes|determined|assessed|assesses)\b/i, title: "{S} accuses {T}" },
  { code: "112", role: "label", pattern: `war_crime*|crimes_against_humanity|genocide|ethnic_cleansing|chemical_weapon*|nerve_agent|aggression|terrorism|terrorist_state|state_terrorism|interference|meddling|provocation*|abused|abusing|abuse_of|excuse|pretext|murder|massacre|atrocit*`, title: "{S} accuses {T}" },
  // "X has a right to defend its territory": support for X.
  { code: "052", role: "label", pattern: `right_to_defend|right_to_self-defen*|right_to_protect`, title: "{S} defends {T}'s position" },
  { code: "111", role: "label", pattern: `land_grab|act_of_war|provocative_act|provocative|crime|criminal|bullying|unjustified|unprovoked|unacceptable|unpardonable|illegal|illegitimate|baseless|a_big_political_mistake|political_mistake|slap_in_the_face|bloodshed|killer|blackmail|piracy|barbaric|grave_threat|could_not_be_tolerated|cannot_be_tolerated|not_be_tolerated|flagrantly|flagrant|outrageous|reckless|hostile_act|stab_in_the_back|betrayal|treacherous|authoritarian|violation_of_international_law|breach_of_international_law|violated_international_law|violates_international_law|contrary_to_international_law|unfriendly|unlawful|unilaterally|blatant`, title: "{S} criticizes {T}" },
];
