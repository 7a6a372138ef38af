"""Who asserts what in one parsed sentence: cue, source tokens, content tokens.

Two readers of the same sentence, tried in order:
- the dependency reader (English, Russian): the cue verb's subject is the source, its
  clausal complement the content; a cue in a parenthetical ("as X said", "X said" after
  a quote, "по словам X") takes the rest of the main clause; a passive participle takes
  its agent ("the strikes, reported by the ministry, …");
- the word-order reader (Ukrainian, and any sentence the parse leaves without a subject
  or content): the noun phrase next to the cue is the source, the clause after "that" /
  "що" / a colon (or before the comma or dash of an inverted cue) the content.
Prepositional cues ("according to X", "по данным X", "за словами X") are read by word
order in every language: the source runs to the next comma, the content is the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from claimledger.extract.lexicon import Cue, Lexicon, all_words, grammemes, morph_known, parses, readings
from claimledger.nlp.parse import Parsed, Token
from claimledger.nlp.sentences import QUOTE_PAIRS

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "expl"}
COMPLEMENTS = {"ccomp", "xcomp", "csubj", "parataxis"}
OBJECTS = {"dobj", "obj"}
CLAUSE_MARKS = all_words("mark")
CONTRAST = all_words("contrast")  # "while", "тогда как": a second speaker's clause begins
CONDITIONS = all_words("condition")  # "if", "если": what someone would say, not what they said
# Words that may open a clause after the cue before the content starts: "told reporters
# that", "said on Monday that", "заявил журналистам, что".
_QUOTES = set("«»“”„‟\"'‘’‹›")
OPENING = "‘“«„\""  # the marks that open a quotation
CLOSED_BY = {o: "".join(p[1] for p in QUOTE_PAIRS if p[0] == o) for o, _ in QUOTE_PAIRS}  # "„" -> "“”"
OPENED_BY = {c: "".join(p[0] for p in QUOTE_PAIRS if p[1] == c) for _, c in QUOTE_PAIRS}  # "”" -> "“„"
_DASHES = {"—", "–", "-", "―"}
_NP_POS = {"NOUN", "PROPN", "ADJ", "NUM", "DET", "PRON"}
_ADDRESSEE = {"iobj", "dative", "obl", "obj", "dobj"}
_RELATIVE = {"who", "which", "that", "который", "которая", "которые", "який", "яка", "які"}


@dataclass(slots=True)
class Attribution:
    cue: str
    cue_tokens: tuple[int, int]  # first, last token of the cue (inclusive)
    source: list[int]  # token indices of the source span ([] when none)
    content: list[int]  # token indices of the content (may skip a parenthetical)
    entry: Cue | None = None  # the cue verb's lexicon entry (None for phrases)
    phrase: str | None = None  # "prep" or "as" for phrase cues
    denial_of_previous: bool = False  # "X disputed those reports": stance for X's next claim
    confirms_previous: bool = False  # "В МЧС эту информацию подтвердили": what was said before
    extra: dict = field(default_factory=dict)


def attributions(p: Parsed, lex: Lexicon) -> list[Attribution]:
    """Every attribution found in the sentence, in order of their cues."""
    tokens = p.tokens
    found: list[Attribution] = []
    used: set[int] = set()
    has_verb_cue = any(_verb_cue(p, lex, t.i) is not None for t in tokens)
    inside_quotes = quoted_tokens(p) | _left_open_after_colon(p)
    for first, last, kind in _phrase_cues(p, lex):
        if kind == "prep" and tokens[first].text.lower() in ("citing", "quoting"):
            # what is cited as a reason is what the subject claims ("The court blocked the
            # sale, citing a threat to public health")
            reason = _cited_reason(p, lex, first, last)
            if reason is not None:
                found.append(reason)
                continue
            if has_verb_cue:
                continue  # "…, he wrote, citing X": X is where the writer's claim came from
        if kind == "as":
            verb = _cue_verb_after(p, lex, first, last)
            if verb is None:
                continue
            att = _read_as(p, lex, first, verb)
            used.update(range(first, verb + 1))
        elif kind == "located":
            att = _read_located(p, lex, first, last)
            used.update(range(first, last + 1))
        else:
            att = _read_prep(p, lex, first, last)
            used.update(range(first, last + 1))
        if att:
            att.source = _without_addressee(p, lex, att.source)
            if att.source and _described_as_a_body(p, lex, att.source):
                att.extra = {**att.extra, "body": True}  # "according to Bridges Home, a Ukrainian charity"
            described = _description_ending(p, lex, att.source)
            if described:
                # "…, according to Bridges Home, a Ukrainian charity that helps families …."
                # what the source is, no part of what it says
                att.content = [i for i in att.content if i not in described]
                if _body_head(p, lex, described[0] - 1, described[-1] + 1):
                    att.extra = {**att.extra, "body": True}
            found.append(att)
    for t in tokens:
        if t.i in used:
            continue
        entry = _verb_cue(p, lex, t.i)
        if entry is None:
            continue
        if t.i in inside_quotes:
            aside = _read_dash_aside(p, lex, t.i, entry)
            if aside is not None:
                found.append(aside)
            continue  # "“… I think …”": part of what someone is quoted as saying
        if lex.language in ("ru", "uk") and _infinitive(p, lex, t.i) and not (entry.denial or "confirms" in entry.tags):
            continue  # "Як написати гру за тиждень?": an infinitive says nothing of its own
        if p.has_deps and lex.language == "en" and t.dep == "xcomp" and t.head != t.i and \
                _verb_cue(p, lex, t.head) is not None and any(tokens[k].text.lower() == "to" for k in p.children(t.i)):
            continue  # "refused to confirm the losses": what the cue before it says, nothing of its own
        if p.has_deps and lex.language == "en" and _infinitive_not_said(p, lex, t.i):
            # "Ways to verify if …", "requiring local police to tell …": what a noun is for, or
            # what someone will, must or would not say, is no claim (but "went on to say" is)
            continue
        if lex.language in ("ru", "uk") and grammemes(t.text, lex.language) & {"1per", "2per", "impr", "futr"} and \
                not any({"3per", "pres"} <= r for r in readings(t.text, lex.language)):
            # "Рассказываем, как …", "пишите редактору": the author's own voice, or a request;
            # "немцы подтвердят, что …": what someone will say is no claim yet (a verb of both
            # aspects may be the present: "тиражируют", "атакуют")
            continue
        if "names" in entry.tags and any(tokens[k].text.lower() in lex.words("naming_aside")
                                         for k in range(max(0, t.i - 4), t.i)):
            continue  # "СВО (так российские чиновники называют войну)": what a word stands for
        if "names" in entry.tags and t.i + 1 < len(tokens) and tokens[t.i + 1].text.lower() in lex.words("reflexive"):
            continue  # "A group calling itself TmaNet", "группировка, называющая себя …": its name
        clause = _comma_before(p, t.i, -1)
        if clause is not None and t.i - clause < 12 and tokens[clause + 1].text.lower() in lex.words("relative") and \
                lex.says_unnamed(tokens[k].text for k in range(clause + 1, t.i)):
            continue  # "…, who asked that her name be withheld because she fears for her family, said"
        if t.i + 1 < len(tokens) and tokens[t.i + 1].pos != "ADP" and \
                lex.says_unnamed(_words_up_to_punctuation(p, t.i + 1, 5)):
            # "an official who asked not to be named": what the source asked, no claim (but
            # "сказал на условиях анонимности", "сообщил со ссылкой на анонимные источники")
            continue
        if _negated(p, lex, t.i) != ("negated" in entry.tags) and "confirms" not in entry.tags:
            # "компания не поясняет", "did not say": nothing said (not "не подтвердил": a
            # stance); a cue only when negated is nothing without it ("не исключают, что …"
            # is a hedged claim, "исключили из списка" none)
            continue
        if p.has_deps and any(tokens[k].dep == "mark" and tokens[k].text.lower() in CONDITIONS
                              for k in p.children(t.i)):
            continue  # "возможно, если Запад признает, что …": a condition, not a report
        if p.has_deps and t.dep in ("relcl", "acl:relcl") and any(
                tokens[k].lemma.lower() in lex.words("relative") and any(tokens[c].dep == "case" for c in p.children(k))
                for k in p.children(t.i)):
            continue  # "план, о котором SHOT писал в июне": what it said is the noun it describes
        about = _about_previous(p, lex, t.i, entry)
        if about is not None:
            found.append(about)
            continue
        att = _object_then_place(p, lex, t.i, entry)
        if att is not None:
            found.extend(_split_coordinated(p, lex, att))
            continue
        # (not a cue set off by commas after a clause whose subject says it, "Мама звонила
        # утром, говорит, мост стоит": the parse hangs it on a later verb as an aside)
        att = _read_verb(p, lex, t.i, entry) if p.has_deps and not _told_after_clause(p, lex, t.i) else None
        if att is not None and t.i in att.source:
            att = None  # a parse that makes the cue part of who says it ("Налет …: власти говорят о …")
        if att is not None and _addressee_taken_for_speaker(p, lex, t.i, att):
            att = None  # "Источник …, сообщил РосВести, что …": whom he told, the parse's subject
        aside = _aside_by_order(p, lex, t.i, entry)
        if aside is not None and (att is None or set(att.source) != set(aside.source) or
                                  set(att.content) < set(aside.content)):
            att = aside  # the parse lost the aside: "To understand X, Chief Justice Roberts said, one should …"
        if att is None and lex.language == "en" and t.dep in ("acl", "amod") and _mark_after(p, t.i) is None and (
                t.i + 1 == len(tokens) or tokens[t.i + 1].pos in ("ADP", "PUNCT") or
                tokens[t.i + 1].ent in ("DATE", "TIME")):
            # "Explosions reported in Belgorod", "In a Facebook message posted Friday, Cruz
            # said …": a participle that describes, by no one
            continue
        if att is None or not att.source or not att.content:
            fallback = _read_verb_by_order(p, lex, t.i, entry)
            if fallback and fallback.extra.get("dropped") and (att is None or not att.source):
                att = fallback  # (its subject is the sentence before's: "Говорит, …")
            elif fallback and (att is None or (fallback.source and (
                    fallback.content or fallback.denial_of_previous or fallback.confirms_previous))):
                att = _merge(p, att, fallback)
        if att is None:
            continue
        if (att.denial_of_previous or att.confirms_previous) and _infinitive(p, lex, t.i):
            continue  # "опровергать эту информацию нам не стали", "refused to deny it": no denial
        if att.content and att.content[-1] < t.i and not att.source:
            continue
        if p.has_deps and t.dep == "advcl" and t.head in att.content and _verb_cue(p, lex, t.head):
            # "Говоря об X, он сказал, что Y", "Moscow denied the report, calling it fake": the
            # words are the main cue's
            continue
        if "carries" in entry.tags:
            # what is spread is the clause after the claim word: "circulating claims that X"
            noun, mark = _carried_claim(p, lex, t.i)
            att.cue_tokens = (t.i, noun)
            att.content = [i for i in att.content if i > mark] or _trim(p, list(range(mark + 1, len(tokens))))
            att.source = [i for i in att.source if not t.i <= i <= mark]
        semicolon = next((i for i in att.content if tokens[i].text == ";" and i not in inside_quotes), None)
        if semicolon is not None and att.cue_tokens[1] < att.content[0] < semicolon and \
                not _quotation_open_at(p, att.content[0], semicolon):
            # "… took part; those figures are unconfirmed": a clause of the writer's after it
            att.content = _trim(p, [i for i in att.content if i < semicolon])
        att.source = _without_dative_tail(p, lex, _without_addressee(p, lex, att.source), t.i)
        att.content = _without_topic_opening(p, lex, _without_label(p, lex, att.content), t.i)
        att.content = _without_reported_speech_particle(p, lex, att.content)
        labelled = _label_then_claim(p, lex, att)
        if labelled:
            att.content, att.extra = labelled, {**att.extra, "denies": True}
        if att.content and att.content[0] == att.cue_tokens[1] + 1:
            att.content = _without_where(p, lex, att.content)  # (right after the cue, not after "что")
        if att.content and tokens[att.content[0]].pos == "ADP" and all(
                tokens[i].pos in ("ADP", "DET", "PUNCT", "NUM", "CCONJ") or tokens[i].ent in ("LOC", "DATE")
                for i in att.content):
            continue  # "Explosions reported in Shebekino after midnight": where and when, nothing said
        # (not words quoted before the cue: "«Хто не підписує — того не відпускають», — пояснила X")
        quoted_before = att.content and att.content[-1] < t.i and (
            (att.content[0] > 0 and tokens[att.content[0] - 1].text in _QUOTES) or
            (att.content[-1] + 1 < t.i and tokens[att.content[-1] + 1].text in ("»", "”", '"')))
        if att.content and not quoted_before and (_opens_with_interrogative(p, lex, att.content) or (
                att.content[0] > 0 and tokens[att.content[0] - 1].text.lower() in lex.words("question_particle"))
                or _what_not_that(p, lex, att.content[0] - 1, att.source) or _question_before(p, lex, att)):
            # "Песков объяснил, почему …", "рассказал, как выживал", "рассказывает о том, можно
            # ли …", "розповів, чи варто …" (the particle is read as the clause's mark): a
            # question, not a claim; its answer after a colon is one ("пояснює, чому …
            # триває так довго: значна частина останків …")
            colon = next((i for i in att.content if tokens[i].text == ":" and i not in inside_quotes), None)
            answer = _trim(p, [i for i in att.content if colon is not None and i > colon])
            if len(answer) < 2 or not any(tokens[i].pos in ("VERB", "AUX", "ADJ") for i in answer):
                continue
            att.content = answer
        if _for_what(p, lex, t.i, att.content):
            continue  # "передают хэши коммитов, чтобы получать доступ …": what it is for
        if "animate" in entry.tags and _a_thing(p, lex, att.source) and not (
                att.source and _by_place(p, lex, att.source[0], t.i) and
                any(tokens[i].text[:1].isupper() for i in att.source[1:])):
            # "Рост цен говорит о том, что …": it indicates, nobody says (but the people of a
            # named place do: "В Офісі Уповноваженого нагадали, що …"; not "в таборі кажуть")
            continue
        if entry.lemma in lex.words("citing_verb") and _names_sources(p, lex, att.content):
            continue  # "The report cited unnamed officials": whom it relies on, not what it claims
        headline = _headline_before_colon(p, lex, att, entry, t.i)
        if headline:
            att.content = headline
        if ("topical" in entry.tags or _gerund(lex, t)) and _topic_only(p, lex, att.content):
            # "Шольц рассказал о своем разговоре с Путиным": what he talked about; "…, заявил
            # Медведев, говоря о …": what he spoke of when he said it
            continue
        if _made_or_named_only(p, lex, entry, t.i, att.content):
            continue  # "Инженеры написали чистый код", "В Госдуме назвали условия …"
        if att.source and _described_as_a_body(p, lex, att.source):
            att = replace(att, extra={**att.extra, "body": True})  # "Vartovi, a human rights group, said"
        if "negated" in entry.tags:
            first = _negation_before(p, lex, t.i)
            att = replace(att, cue=p.span_text(first, t.i), cue_tokens=(first, t.i))  # "не исключают"
        found.extend(_split_coordinated(p, lex, att))
    apposed = _apposed_denial(p, lex)
    # (the verb read on its own says "which", "…, which Russia denies", or the claim before
    # the comma: the same reading)
    if apposed is not None and all(
            all(tokens[i].text.lower() in lex.words("relative") for i in att.content) or
            (att.content and max(att.content) < apposed.extra["set_beside"])
            for att in found if att.cue_tokens == apposed.cue_tokens):
        found = [att for att in found if att.cue_tokens != apposed.cue_tokens]
        comma = apposed.extra["set_beside"]
        for att in found:  # the claim it denies ends at its comma
            att.content = _trim(p, [i for i in att.content if i < comma]) if att.content else att.content
        found.append(apposed)
    about = [att for att in found if att.extra.get("previous")]
    if about:
        # "Про це пише Reuters з посиланням на джерела": the sources' words are the
        # sentence before too, not "Про це пише Reuters"
        said = set(range(0, max(about[0].source) + 1))
        for att in found:
            if att.content and all(i in said or tokens[i].pos == "PUNCT" for i in att.content):
                att.content, att.extra["previous"] = [], True
    if len(found) > 1 and p.has_deps and lex.language == "en":
        _second_cue_of_the_speaker(p, lex, found)
    for att in found:
        if att.content and att.source and att.content[-1] < att.cue_tokens[0] and \
                _only_labels_what_was_said(p, lex, att.content):
            # "«Це фейк», — заявили в ОВА", '"This is fake," officials said': a denial of the
            # claim before it, which it points at (its own words when nothing is before it)
            att.extra["said"], att.content, att.denial_of_previous = att.content, [], True
            att.extra["opens"] = True  # (its words open the sentence, and point before it)
            att.extra["labelled"] = True  # (and its words, not its cue, deny)
    # "Россия предупредила США о …, сообщил Кремль": the first verb's "content" is only the
    # attribution after it, whose content is the whole clause
    if len(found) > 1:
        said_by = [set(att.cue_tokens) | set(att.source) for att in found]
        found = [att for att in found if not att.content or not any(
            other is not att and att.cue_tokens[0] in other.content and min(att.content) > att.cue_tokens[0] and
            all(i in words or tokens[i].pos == "PUNCT" for i in att.content)
            for other, words in zip(found, said_by, strict=True))]
    if not any(att.content for att in found):
        # "Зеленский: потери меньше 80 тысяч, о которых пишут СМИ": the verb cue of a
        # relative clause says nothing of its own
        colon = _read_colon(p, lex) or _read_signature(p, lex) or _reported_speech(p, lex)
        if colon:
            found.append(colon)
    elif _DASH_CHARS.search(p.text, p.sentence.start, p.sentence.end):
        signed = _read_signature(p, lex)
        dash = signed.cue_tokens[0] if signed else None
        # (a dash after a comma, or ending a headline with no full stop: "…, — суд.",
        # "… эскалации — Reuters"; not "По данным 112, задержанный — сотрудник Росгвардии.")
        # and what each claim keeps before the dash still has its verb ("В РПЦ считают, что
        # бесплодие у женщин — это следствие …" is no headline signed by "следствие")
        inside = [att for att in found if dash in att.content]
        if inside and (tokens[dash - 1].text == "," or
                       not p.text[p.sentence.start:p.sentence.end].rstrip().endswith(".")) and all(
                any(tokens[i].pos in ("VERB", "AUX") for i in att.content if i < dash) for att in inside):
            # "Россия считает себя вправе …, — Путин": the headline is the signer's, the
            # claim inside it ends at the dash
            for att in found:
                if dash in att.content:
                    att.content = _trim(p, [i for i in att.content if i < dash])
            found = [att for att in found if att.content or not att.source] + [signed]
    # "Analysts said satellite images showed X": what a thing shows, inside what someone
    # says, is part of their claim, not a second one
    found = [att for att in found if not (
        att.entry is not None and "evidence" in att.entry.tags and (
            not _could_speak_any(p, lex, att.source) or _only_carriers(p, lex, att.source))
        and any(other is not att and att.cue_tokens[0] in other.content for other in found))]
    found = [_pointing_back(p, lex, att) for att in found]
    _whole_quotations(p, found)
    for att in found:
        att.content = _without_comment_on_it(p, lex, _before_next_cue(p, lex, att))
        att.content = _before_own_cue_by_order(p, att, found)
        att.content = _object_without_relative(p, lex, att)
        att.content = _inverted_without_gaps(p, att, found)
        talk = len(att.source) > 1 and tokens[att.source[1]].text.lower() in lex.words("conversation")
        located = att.source and tokens[att.source[0]].text.lower() in lex.words("at_institution") and not talk
        if att.source and max(att.source) < att.cue_tokens[0] and not located:
            # (a body by where its people are stays whole, "у Силах оборони"; not a talk where
            # people spoke, "В беседе с SHOT жильцы дома рассказали")
            kept = _without_oblique_lead(p, lex, att.source)
            if len(att.source) > 2 and talk:
                kept = next((att.source[n:] for n in range(2, len(att.source)) if tokens[att.source[n]].case == "nom"
                             and tokens[att.source[n]].pos in ("NOUN", "PROPN")), kept)
            if kept != att.source and att.content and min(att.content) < att.source[0] < max(att.content):
                # "Поведение OMV в этой ситуации Москва назвала недобросовестным": the words
                # cut off are the claim's again, between its parts
                att.content = sorted({*att.content, *(i for i in att.source if i not in kept)})
            att.source = kept
        att.source = _without_time_tail(p, lex, att.source)
    return _separate(p, _share_citing(p, lex, sorted(found, key=lambda a: a.cue_tokens[0])))


def _inverted_without_gaps(p: Parsed, att: Attribution, found: list[Attribution]) -> list[int]:
    """What an inverted cue says is all the words before it, whatever the parse hung some of
    them on ("Власти … трём сотрудникам российских СМИ и одному россиянину, которого
    связывают с …, заявил X" lost "российских" and the relative clause), but another
    attribution's cue and source inside it."""
    content = att.content
    if not content or not att.source or att.entry is None or not (
            max(content) < att.cue_tokens[0] < min(att.source)):
        return content
    others = {i for other in found if other is not att
              for i in (*range(other.cue_tokens[0], other.cue_tokens[1] + 1), *other.source)}
    return [i for i in range(min(content), max(content) + 1) if i in content or i not in others]


def _object_without_relative(p: Parsed, lex: Lexicon, att: Attribution) -> list[int]:
    """What a cue takes as its object ("praised Mrs. Clinton's proposals", "cited
    criticism of X") without a relative clause set off after it, which describes the thing
    in the writer's words ("…, which include a provision …", "…, who took heat for …").
    English, with a parse; not a clause said ("said that the bridge, which …, is closed")."""
    tokens = p.tokens
    content = att.content
    if lex.language != "en" or not p.has_deps or att.entry is None or not content:
        return content
    inside = set(content)
    roots = [i for i in content if tokens[i].head not in inside or tokens[i].head == i]
    if len(roots) != 1 or tokens[roots[0]].pos not in ("NOUN", "PROPN") or roots[0] < att.cue_tokens[1]:
        return content
    for i in content:
        if tokens[i].text == "," and i + 1 in inside and tokens[i + 1].text.lower() in ("which", "who") and \
                tokens[tokens[i + 1].head].dep in ("relcl", "acl:relcl"):
            return _trim(p, [k for k in content if k < i])
    return content


def _without_time_tail(p: Parsed, lex: Lexicon, source: list[int]) -> list[int]:
    """A source without the words that end it, or open it, by saying when ("Два місцеві
    канали у вівторок" → Два місцеві канали; "22 ноября 2024 года компания" → компания;
    role ``time_word``)."""
    tokens = p.tokens
    kept = list(source)
    # (in small letters: "Pryvillia Today", "USA Today" are names)
    def says_when(i: int) -> bool:
        return tokens[i].text.islower() and _says_when(tokens[i], lex)

    while len(kept) > 1 and says_when(kept[-1]):
        kept.pop()
        while len(kept) > 1 and tokens[kept[-1]].pos in ("ADP", "NUM"):
            kept.pop()  # (and the day or year: "в прогнозе на 2025 год", "от 18 ноября")
    # and a date before it: "22 ноября 2024 года компания объявила", "(On) Thursday evening the
    # ministry said" (a capitalised day the NER calls a date)
    def dated(i: int) -> bool:
        return says_when(i) or (tokens[i].ent in ("DATE", "TIME") and _says_when(tokens[i], lex))

    lead = 0
    while lead < len(kept) - 1 and (tokens[kept[lead]].pos == "NUM" or dated(kept[lead]) or (
            tokens[kept[lead]].pos == "ADP" and lead + 1 < len(kept) and
            (tokens[kept[lead + 1]].pos == "NUM" or dated(kept[lead + 1])))):
        lead += 1
    if lead and any(dated(kept[i]) for i in range(lead)):
        kept = kept[lead:]
    return kept if kept != source and any(tokens[i].pos in ("NOUN", "PROPN", "PRON") for i in kept) else source


def _says_when(t: Token, lex: Lexicon) -> bool:
    """Whether a word says when, as written or by its lemma (role ``time_word``: "утром",
    "вчера", "Tuesday")."""
    when = lex.words("time_word")
    return t.text.lower() in when or t.lemma.lower() in when


def _comma_before(p: Parsed, k: int, stop: int) -> int | None:
    """The last comma before token ``k``, after token ``stop``; None when there is none."""
    return next((j for j in range(k - 1, stop, -1) if p.tokens[j].text == ","), None)


def comment_on_it(p: Parsed, lex: Lexicon, k: int) -> bool:
    """Whether the words from token ``k`` (a comma) speak of the claim before them after a
    conjunction of contrast: "…, однако эти данные невозможно проверить", "…, but the
    claims could not be verified", "…, but there is no confirmation", or are a short hedge
    alone: "…, официальной информации пока нет"."""
    tokens = p.tokens
    if k + 2 >= len(tokens) or tokens[k].text != ",":
        return False
    if tokens[k + 1].text.lower() not in lex.words("contrast"):
        # or a short clause that is only a hedge, with no conjunction: "…, официальной
        # информации пока нет"
        return _mostly_a_hedge(p, lex, k + 1, most_words=6)
    j = k + 2
    if tokens[j].text.lower() in lex.words("determiner"):
        j += 1
    if j > k + 2 and j < len(tokens) and tokens[j].text.lower() in lex.words("anaphoric"):
        return True
    # or all it says is a hedge: "…, but there is no confirmation", "…, але підтвердження немає"
    return _mostly_a_hedge(p, lex, k + 2)


def _mostly_a_hedge(p: Parsed, lex: Lexicon, start: int, most_words: int | None = None) -> bool:
    """Whether the words from token ``start`` to the end are at least half hedge (and at
    most ``most_words`` words, when given)."""
    rest = p.text[p.tokens[start].start:p.tokens[-1].end].rstrip(".!…")
    hedged = " ".join(lex.hedges_in(rest))
    return bool(hedged) and (most_words is None or len(rest.split()) <= most_words) and \
        len(hedged.split()) * 2 >= len(rest.split())


def _without_comment_on_it(p: Parsed, lex: Lexicon, content: list[int]) -> list[int]:
    """A content without what the sentence goes on to say of it (its hedges stay the
    claim's: ``extract._said_of_it``)."""
    cut = next((k for k in content if p.tokens[k].text == "," and comment_on_it(p, lex, k)), None)
    return content if cut is None else _trim(p, [i for i in content if i < cut])


_DASH_CHARS = re.compile("[" + re.escape("".join(sorted(_DASHES))) + "]")  # any of them in a text


def _pointing_back(p: Parsed, lex: Lexicon, att: Attribution) -> Attribution:
    """A denial, label or confirmation whose object only points back at what was said
    before ("Кремль спростував цю інформацію", "В ЦПД назвали это очередным фейком", "The
    Air Force called the reports a fabrication"): a stance on the claim before, read with
    its words (a label counts when it is one of denials.txt)."""
    entry, tokens = att.entry, p.tokens
    if entry is None or att.phrase or not att.source or not (entry.denial or entry.labels or "confirms" in entry.tags):
        return att
    v = att.cue_tokens[1]
    colon = next((k for k in range(v + 1, min(v + 5, len(tokens))) if tokens[k].text == ":"), None)
    if not att.content and colon is not None and (
            (entry.denial and colon == v + 1) or (entry.labels and colon > v + 1 and lex.has_denial_word(
                {tokens[k].text.lower() for k in range(v + 1, colon)}))):
        # "В компании эту информацию назвали вбросом: установки не повреждены", "В ОВА всё
        # отрицают: мол, …": a denial of what was said before, and what the source says
        # instead after the colon
        answer = _trim(p, [k for k in range(colon + 1, len(tokens))
                           if k > colon + 1 or tokens[k].text.lower() not in lex.words("reported_speech")])
        if len(answer) >= 2:
            return replace(att, content=answer, denial_of_previous=False, extra={**att.extra, "denies": True})
    if not att.content and max(att.source) < att.cue_tokens[0] and not entry.labels:
        # the pointer before the verb, read by word order: "ЗСУ це спростовують"
        between = [i for i in range(max(att.source) + 1, att.cue_tokens[0])
                   if tokens[i].pos not in ("ADV", "PART") or tokens[i].text.lower() in lex.words("anaphoric")]
        if between and _points_back(p, lex, between):
            return replace(att, denial_of_previous=bool(entry.denial), confirms_previous=not entry.denial)
        return att
    if not att.content or att.content[0] < att.cue_tokens[1]:
        return att
    content = [i for i in att.content if tokens[i].pos != "PUNCT"]
    pointer = [i for i in content[:2] if tokens[i].text.lower() in lex.words("anaphoric") or
               tokens[i].text.lower() in lex.words("determiner")]
    if not pointer or not _points_back(p, lex, pointer):
        return att
    rest = [tokens[i].text.lower() for i in content if i not in pointer]
    if entry.denial and not rest:
        return replace(att, content=[], denial_of_previous=True)
    if entry.labels and rest and len(rest) <= 3 and lex.has_denial_word(set(rest)) and \
            not any(tokens[i].pos in ("PROPN", "NUM") or tokens[i].text[:1].isupper()
                    for i in content if i not in pointer):
        # (whose words they are says which: "назвала заявления Киева провокацией" is a
        # denial of Kyiv's statements, whatever came before)
        return replace(att, content=[], denial_of_previous=True)
    if "confirms" in entry.tags and not entry.labels and not rest:
        return replace(att, content=[], confirms_previous=True)
    return att


def _plural_nominative(p: Parsed, lex: Lexicon, i: int) -> bool:
    """An adjective that can stand for people in the nominative plural ("військові",
    "местные", "пострадавшие")."""
    return p.tokens[i].pos == "ADJ" and any({"nomn", "plur"} <= r for r in readings(p.tokens[i].text, lex.language))


def _speakers_in_plural(p: Parsed, lex: Lexicon, i: int) -> bool:
    """A noun that reads as a nominative plural and names those who can speak: living
    beings or a kind of source the lexicons list ("Страны заявляют": the dictionary's
    first reading of "страны" is a genitive singular)."""
    t = p.tokens[i]
    found = [r for r in readings(t.text, lex.language) if {"NOUN", "nomn", "plur"} <= r]
    return t.pos == "NOUN" and bool(found) and (any("anim" in r for r in found) or bool(lex.kind_of_word(t.lemma)))


def _nominative_adjective(p: Parsed, lex: Lexicon, i: int) -> bool:
    """An adjective alone in the nominative that stands for a person ("Знайомий, який там
    служить, розповів", "Поранений розповів")."""
    found = readings(p.tokens[i].text, lex.language)
    # (not a pronoun: "тот заявил", "которое считает" point elsewhere)
    return p.tokens[i].pos == "ADJ" and any("nomn" in r for r in found) and not any("Apro" in r for r in found)


def _cyrillic_name(t: Token) -> bool:
    return t.text[:1].isupper() and not t.text.isascii() and (t.name or t.ent == "PER")


def _no_nominative(t: Token, lex: Lexicon) -> bool:
    """A word the dictionary knows and never reads in the nominative ("этой", "изданию";
    not a name it only guesses at: "Илон" is no genitive plural here)."""
    return t.text[:1].isalpha() and not t.text.isascii() and morph_known(t.text, lex.language) and not any(
        "nomn" in r for r in readings(t.text, lex.language))


def _without_oblique_lead(p: Parsed, lex: Lexicon, source: list[int]) -> list[int]:
    """A Russian or Ukrainian subject without the words before it that only say where,
    when or to whom: "(в) этой ситуации Москва назвала" → Москва, "(в интервью изданию)
    New York Post Трамп рассказал" → Трамп, "Утром в среду Воздушные силы ВСУ заявили" →
    Воздушные силы ВСУ. The oblique part opens the span with a word that has no nominative
    reading (or with Latin words right after one) and runs on over the nouns such a word
    modifies ("этой ситуации") and the Latin names after it ("каналу CNN"); "Глава МИД
    России Сергей Лавров" opens with its head and stays."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or len(source) < 2:
        return source
    first = source[0]
    if _cyrillic_name(tokens[first]) and all(_cyrillic_name(tokens[i]) for i in source):
        return source  # "Илон Маск": a name the dictionary also reads as a genitive plural

    def latin(t: Token) -> bool:
        return t.text.isascii() and t.text[:1].isalpha()

    cyrillic_later = [n for n, i in enumerate(source) if not tokens[i].text.isascii() and tokens[i].text[:1].isupper()]
    # (a name in an oblique case is still the name: "смерть Брюса Ли"; Latin words are a
    # name of their own unless a Cyrillic one follows: "Ранее Washington Post отрицал")
    if tokens[first].name or not (_no_nominative(tokens[first], lex) or tokens[first].pos == "ADV" or (
            latin(tokens[first]) and cyrillic_later and first > 0 and (
                tokens[first - 1].pos == "ADP" or _no_nominative(tokens[first - 1], lex)))):
        return source  # (an adverb opens no subject: "Раніше ЗМІ писали")
    end = -1  # the last position of the oblique part
    for n, i in enumerate(source[:-1]):
        t = tokens[i]
        after_modifier = n and end == n - 1 and t.pos == "NOUN" and tokens[source[n - 1]].pos in ("ADJ", "DET", "PRON")
        latin_name = latin(t) and end == n - 1 and any(m > n for m in cyrillic_later)
        if _cyrillic_name(t):
            break  # where the subject starts, whatever case the dictionary reads it in
        adverb = t.pos == "ADV" and not any("NUMR" in r for r in readings(t.text, lex.language))  # not "несколько"
        if _no_nominative(t, lex) or t.pos == "ADP" or adverb or after_modifier or latin_name:
            end = n
        else:
            break
    kept = source[end + 1:]
    return kept if kept and (_cyrillic_name(tokens[kept[0]]) or not _no_nominative(tokens[kept[0]], lex)) else source


def _share_citing(p: Parsed, lex: Lexicon, found: list[Attribution]) -> list[Attribution]:
    """"РБК со ссылкой на источники сообщает, что Z", "Как пишет FT со ссылкой на
    источники, Z": the cited sources say what the citing outlet reports, Z. Each phrase
    reader reads its own span up to a comma; here the cited source ends where the outlet's
    cue begins, the outlet's source where the citing phrase begins, and both say Z."""
    citing = [a for a in found if a.phrase == "prep" and a.cue.lower() in lex.words("citing")]
    if not citing:
        return found
    for cited in citing:
        first = cited.cue_tokens[0]
        phrase = set(range(first, max([*cited.source, cited.cue_tokens[1]]) + 1))
        # the outlet's cue or name is next to the phrase; not a claim further off ("X не
        # подтверждают Y, … — Reuters со ссылкой на чиновников": Reuters' is the sentence)
        main = next((a for a in found if a.phrase != "prep" and a.content
                     and _next_to(p, a, first, max(phrase))), None)
        if main is None:
            continue
        if main.cue_tokens[0] > first:
            phrase -= set(range(main.cue_tokens[0], len(p.tokens)))
            cited.source = [i for i in cited.source if i < main.cue_tokens[0]]
        elif cited.source and main.content and min(main.content) < first:
            # "…, сообщила газета, ссылаясь на источник, близкий к ведомству.": the
            # description set off after the cited source is the source's, not the claim's
            described = _description_to_end(p, max(cited.source))
            phrase |= set(described)
            cited.source = [*cited.source, *described]
        if any(i in phrase for i in main.source):
            main.source = [i for i in main.source if i < first] or main.source
        main.content = _trim(p, [i for i in main.content if i not in phrase and i not in main.source])
        cited.content = list(main.content)
    return found


def _infinitive(p: Parsed, lex: Lexicon, i: int) -> bool:
    if lex.language in ("ru", "uk"):  # (the Ukrainian dictionary writes the grammeme in lower case)
        return bool({"INFN", "infn"} & grammemes(p.tokens[i].text, lex.language))
    return i > 0 and p.tokens[i - 1].text.lower() == "to"


def _description_to_end(p: Parsed, last: int) -> list[int]:
    """", близкий к военному ведомству", ", familiar with the talks": a comma and an
    adjective or participle after token ``last``, running to the sentence's end with no
    other comma: the description of the noun before it. Its tokens; [] when there is none."""
    tokens = p.tokens
    start = last + 1
    if start + 1 >= len(tokens) or tokens[start].text != "," or tokens[start + 1].pos != "ADJ":
        return []
    end = len(tokens)
    while end > start + 1 and tokens[end - 1].pos == "PUNCT":
        end -= 1
    if any(tokens[k].pos == "PUNCT" for k in range(start + 1, end)):
        return []
    return list(range(start, end))


def _next_to(p: Parsed, att: Attribution, first: int, last: int) -> bool:
    """Whether the source and cue of ``att`` are next to tokens ``first``…``last``, but
    for punctuation ("сообщают «Известия» со ссылкой на …")."""
    ends = [*att.source, att.cue_tokens[0], att.cue_tokens[1]]
    lo, hi = min(ends), max(ends)
    before, after = first - 1, last + 1
    while before >= 0 and p.tokens[before].pos == "PUNCT":
        before -= 1
    while after < len(p.tokens) and p.tokens[after].pos == "PUNCT":
        after += 1
    return lo <= before <= hi or lo <= after <= hi


def _read_signature(p: Parsed, lex: Lexicon) -> Attribution | None:
    """A Telegram headline signed with its source after a dash: "Explosions in Belgorod
    — local channels", "…, — ZDF". Only a source the lexicons know or an outlet's or
    organisation's name counts: "Москва — столица России" is no signature."""
    tokens = p.tokens
    end = len(tokens)
    while end > 0 and tokens[end - 1].pos == "PUNCT" and not _is_dash(tokens[end - 1].text):
        end -= 1
    dashes = [k for k in range(2, end - 1) if _is_dash(tokens[k].text) or _spaced_hyphen(p, k)]
    if not dashes:
        return None
    d = dashes[-1]
    # (up to whom the signer cites: "…, — СМИ со ссылкой на источник")
    end = next((first for first, _, kind in _phrase_cues(p, lex) if kind == "prep" and d + 1 < first < end), end)
    source = list(range(d + 1, end))
    words = [tokens[i] for i in source if tokens[i].pos != "PUNCT"]
    if not words or len(words) > 4 or any(w.pos in ("VERB", "AUX", "NUM") for w in words) or \
            words[0].pos in ("ADP", "PRON", "DET", "PART"):
        return None  # (nor where: "… — со стороны водителя"; nor what: "… — это следствие …", "— все они …")
    before = _opening_before(tokens, d)
    if tokens[d + 1].text in OPENING and _quoted_name(p, d + 1) and before is not None and _quoted_name(p, before):
        return None  # a range between two names: "на участке «Шелепиха» — «Ильинская»"
    whole = " ".join(w.text.lower() for w in words)
    # the head noun: the last word in English ("local channels"), the first noun in Russian
    # and Ukrainian ("пресс-служба Минобороны"; not "масштабность большой компании")
    # (an outlet in Latin letters keeps the English order: "— The New York Post")
    head = words[-1] if lex.language == "en" or words[-1].text.isascii() else \
        next((w for w in words if w.pos in ("NOUN", "PROPN")), words[-1])
    if lex.language in ("ru", "uk") and _no_nominative(head, lex):
        return None  # a signer is in the nominative: "а вторая — изданием книг" is what it did
    if not (lex.kind_of_word(whole) or _source_word(head, lex) or is_acronym(head) or
            all(w.ent == "ORG" or is_acronym(w) for w in words) or (
                # a name in Latin letters signing a Russian or Ukrainian claim after a comma:
                # an outlet ("…, — Ynet со ссылкой на источники")
                lex.language in ("ru", "uk") and tokens[d - 1].text == "," and
                all(w.text.isascii() and w.text[:1].isupper() for w in words)) or (
                # a person by the dictionary ("…, - Лисак"), not one named beside a person's
                # noun before the dash with no verb of its own there, who is who: "Капитан
                # судна, которое загорелось …, — Владимир Чернов"
                all(w.name and w.ent == "PER" for w in words) and not _who_is_who(p, lex, d)) or
            _signed_by_name(p, lex, d, words)):
        return None
    content = _trim(p, list(range(0, d)))
    if len([i for i in content if tokens[i].pos != "PUNCT"]) < 3:
        return None
    if all(w.text.islower() for w in words) and \
            any(kind == "prep" and first <= 1 for first, _, kind in _phrase_cues(p, lex)):
        # "По словам пленных, в окружении сидят … — танковая бригада и тероборона": whose it
        # is the sentence says already; common nouns after the dash are what it counts
        return None
    return Attribution(tokens[d].text, (d, d), source, content)


def _signed_by_name(p: Parsed, lex: Lexicon, d: int, words: list[Token]) -> bool:
    """A person's name signing a headline after the dash at ``d``, with a surname the
    dictionary does not know: a first name it knows in the nominative before it ("…, –
    Олександр Прокудін"), or alone, a surname's ending (role ``surname_nominative``: "…, –
    Прокудін"). What is signed says something, with a verb, and does not end with the noun
    the name stands beside ("Лучший тренер года — Карло Анчелотти", "…, и второй пилот —
    Дмитрий Подрубилин" say who is who)."""
    tokens = p.tokens
    if not all(w.text[:1].isupper() and not w.text.isupper() and w.ent != "LOC" for w in words):
        return False
    if not _a_clause_of_its_own(p, lex, d) or (
            tokens[d - 1].pos == "NOUN" and tokens[d - 1].case == "nom" and tokens[d - 2].pos != "NUM" and
            "sing" in grammemes(tokens[d - 1].text, lex.language)):  # (not counted: "12 человек")
        return False
    if len(words) == 1:
        return words[0].pos == "PROPN" and words[0].text.lower().endswith(tuple(lex.words("surname_nominative")))
    return words[0].name and words[0].case in ("nom", "") and all(w.ent == "PER" for w in words)


def _a_clause_of_its_own(p: Parsed, lex: Lexicon, d: int) -> bool:
    """Whether the words before token ``d`` have a verb of their own, not only one in a
    relative clause about a noun ("Капитан судна, которое загорелось …"; by word order, from
    a relative pronoun after a comma to the next comma)."""
    tokens = p.tokens
    relative = False
    for k, t in enumerate(tokens[:d]):
        if t.text == ",":
            relative = k + 1 < d and (tokens[k + 1].text.lower() in lex.words("relative") or (
                k + 2 < d and tokens[k + 1].pos == "ADP" and tokens[k + 2].text.lower() in lex.words("relative")))
        elif t.pos in ("VERB", "AUX") and not relative and t.dep not in ("acl", "acl:relcl", "relcl"):
            return True
    return False


def _who_is_who(p: Parsed, lex: Lexicon, d: int) -> bool:
    """Whether the words before a dash at ``d`` only name someone by a noun for a person
    in the nominative, with no verb of their own: "Лучший тренер года — X", "Капитан судна,
    которое загорелось …, — X"."""
    noun = next((t for t in p.tokens[:d] if t.pos in ("NOUN", "PROPN")), None)
    return noun is not None and noun.case == "nom" and "anim" in grammemes(noun.text, lex.language) and \
        not _a_clause_of_its_own(p, lex, d)


def _separate(p: Parsed, found: list[Attribution]) -> list[Attribution]:
    """End a content where another attribution of the sentence begins after a conjunction
    of contrast (function_words.txt, "contrast"): "the span fell into the river, while
    Radio Step wrote that …" is the Herald's claim up to "river"; Radio Step's is its own.
    Other clauses stay ("…, because he doubted any court would enforce it"), and so does a
    content that is another attribution from its start ("X said that Y claimed Z")."""
    if len(found) < 2:
        return found
    tokens = p.tokens
    # (another speaker's: a cue with no source of its own may be the same speaker going on,
    # "said she thinks A but said B")
    starts = sorted(min([*a.source, a.cue_tokens[0]]) for a in found if a.source)
    out = []
    for att in found:
        content = set(att.content)
        cut = next((s for s in starts if s in content and s > att.content[0]), None)
        end = _after_contrast(p, cut) if cut is not None else None
        if end is not None:
            kept = [i for i in att.content if i < end]
            while kept and (tokens[kept[-1]].pos in ("CCONJ", "SCONJ", "PUNCT")
                            or tokens[kept[-1]].text.lower() in CLAUSE_MARKS):
                kept.pop()
            if len(kept) >= 2:
                att = replace(att, content=_trim(p, kept))
        out.append(att)
    return out


def _after_contrast(p: Parsed, start: int) -> int | None:
    """Where the conjunction of contrast before an attribution starting at ``start`` begins
    (it may end just before it, or be the first word of its cue: "тогда как X сообщил", or
    come before the preposition of an institution by where its people are: "но в МЧС
    сообщили"), or None when there is none."""
    ends = (start - 1, start, start + 1) if start > 0 and p.tokens[start - 1].pos == "ADP" else (start, start + 1)
    for end in ends:
        words = [t.text.lower() for t in p.tokens[max(0, end - 4):end]]
        for phrase in CONTRAST:
            parts = phrase.split()
            if words[-len(parts):] == parts:
                return end - len(parts)
    return None


def _a_title_after_colon(p: Parsed, lex: Lexicon, label: list[Token], content: list[int], sourced: bool) -> bool:
    """Whether the words after "X:" are a title's second half, not X's words: a topic
    opened by "about" with no verb ("Ангела Меркель: о Путине, Трампе и …"), or words with
    no verb after a label that names no one ("ЦОД: топологии и архитектуры", "Доктор Хаус:
    ИИ-диагност в вашем телефоне"). (Title Case is no sign: "Pat Caddell: Democrat Voters
    Worried About …" is a headline's claim.)"""
    tokens = p.tokens
    words = [tokens[i] for i in content if any(ch.isalpha() for ch in tokens[i].text)]
    predicate = any(tokens[i].pos in ("VERB", "AUX") or tokens[i].text in ("—", "–") for i in content)
    if predicate or not words:
        return False
    if words[0].text.lower() in lex.words("topic_mark"):
        return True
    person = any(w.ent == "PER" or w.name for w in label)
    return not (person or sourced or any(lex.kind_of_word(w.text.lower()) or lex.kind_of_word(w.lemma)
                                         for w in label))


def has_colon_attribution(sentence: str) -> bool:
    """A cheap screen for "Name: …" / "Name ― “…”" and for a headline signed after a dash
    ("…, — Генштаб", "…, - Лисак") before parsing."""
    head = sentence[:80]
    return any(mark in head for mark in (":", "―", "—")) or bool(_SIGNED.search(sentence[-70:]))


# a dash (a hyphen with a space before it) and a few words that end the sentence
_SIGNED = re.compile(r"(?:\s[-–—―]|[–—―])\s*[^\W\d_][^-–—―\n]{0,60}$")


def _reported_speech(p: Parsed, lex: Lexicon) -> Attribution | None:
    """"Глава ОВА записал видеообращение: мол, по мосту ездили только фуры": a particle of
    reported speech (role ``reported_speech``) after a colon or comma gives the words after it
    to the subject opening the sentence, with the writer's distance (a hedge)."""
    tokens = p.tokens
    particles = lex.words("reported_speech")
    k = next((i for i in range(2, len(tokens) - 2) if tokens[i].text.lower() in particles and
              tokens[i - 1].text in (":", ",") and tokens[i + 1].text == ","), None)
    verbs = [i for i in range(1, k) if tokens[i].pos == "VERB"] if k is not None else []
    if not verbs:
        return None
    subject = _subject_opening(p, lex, verbs[0])
    content = _trim(p, list(range(k + 2, len(tokens))))
    # (who can speak: a name, a word of the lexicons, a living being; not "Цена увеличилась …, мол")
    if not subject or subject[0] != 0 or not content or not any(
            tokens[i].pos in ("NOUN", "PROPN") and tokens[i].case in ("nom", "") and (
                tokens[i].pos == "PROPN" or tokens[i].ent or _source_word(tokens[i], lex) or
                _animacy(tokens[i], lex) == "anim") for i in subject):
        return None
    return Attribution(tokens[k].text, (k, k), subject, content,
                       entry=Cue(tokens[k].text.lower(), frozenset({"hedge"})))


_ORDINAL = re.compile(r"\d+-[^\W\d_]{1,3}")


def _read_colon(p: Parsed, lex: Lexicon) -> Attribution | None:
    """"Pat Caddell: Democrat voters worried …", "PENCE: Well, …", "Зеленский: …",
    "Sonya Herridge ― “…”": a name, a colon (or a dash before a quotation), the words."""
    tokens = p.tokens
    for c in range(1, min(len(tokens) - 1, 8)):
        mark = tokens[c].text
        if mark not in (":", "―", "—"):
            continue
        if mark != ":" and tokens[c + 1].text not in _QUOTES:
            return None
        source = [i for i in range(0, c) if tokens[i].pos != "PUNCT" or tokens[i].text in ("'", "’", ".")]
        while source and (tokens[source[0]].text in _QUOTES or (
                tokens[source[0]].text.lower() in lex.words("relay") and len(source) > 1)):
            source = source[1:]  # (and "Via @rybar:": whose post it passes on)
        words = [tokens[i] for i in source if tokens[i].pos != "PUNCT"]
        at = next((i for i in range(c) if tokens[i].text.startswith("@")), None)
        if at is not None and all(tokens[i].text.lower() in lex.words("relay") for i in range(at)) and \
                p.text[tokens[at].start + 1:tokens[c - 1].end].replace("_", "").isalnum():
            # "@rybar: …", "Via @rybar: …": a channel's post passed on
            said = _trim(p, list(range(c + 1, len(tokens))))
            return Attribution(mark, (c, c), list(range(at, c)), said) if len(said) >= 2 else None
        # (a unit's ordinal with its ending after a word of a source is its name:
        # "Пресслужба 161-ї ОМБр: …")
        ordinal = len(words) > 1 and _source_word(words[0], lex) and all(
            _ORDINAL.fullmatch(w.text) for w in words if any(ch.isdigit() for ch in w.text))
        # (up to eight words for a title, its place and a name: "Начальник ГУНП в Харківській
        # області Ростислав Гаюк:")
        long_title = len(words) <= 8 and lex.is_title(words[0].lemma) and words[-1].ent == "PER" if words else False
        if not words or (len(words) > 6 and not long_title) or not words[0].text[:1].isupper() or \
                (any(any(ch.isdigit() for ch in w.text) for w in words) and not ordinal):
            return None  # "Часть 24: …", "Step 3: …" are headings, not speakers
        labelled = [w.text.lower() in lex.labels or w.lemma in lex.labels for w in words]
        # a source's own words, with small letters: "Ukrainian sources:", "Местные жители:"
        # (though "Source:" alone labels a line, as "Breaking news:" does)
        # (adjectives and people the lexicons know: not "Официальный сайт:", "Призовой фонд:")
        sourced = len(words) > 1 and all(w.pos == "ADJ" for w in words[:-1]) and not any(labelled[:-1]) and \
            _source_word_of_kind(words[-1], lex, ("anonymous", "crowd", "official"))
        # (and where they are from: "Многодетная мать из Тиховодска:", "Жители Бердянска:" is
        # read as a genitive already)
        head = next((k for k, w in enumerate(words) if w.pos == "NOUN"), None)
        sourced = sourced or (
            head is not None and 0 < head + 2 < len(words) and all(w.pos == "ADJ" for w in words[:head]) and
            not any(labelled[:head + 1]) and words[head + 1].pos == "ADP" and
            all(w.text[:1].isupper() for w in words[head + 2:]) and
            _source_word_of_kind(words[head], lex, ("anonymous", "crowd", "official")) and
            _animacy(words[head], lex) == "anim")  # (not "Мини-чат на FastApi:")
        # or a body the lexicons know and whose it is, in the genitive: "Минздрав региона:",
        # "Пресс-служба губернатора:"
        # (a proper name, a place or an office, role ``whose_body``, or a source's word: not "Совет
        # дня:", "Организация модуля:")
        sourced = sourced or (len(words) > 1 and lex.language in ("ru", "uk") and not any(labelled) and
            _source_word_of_kind(words[0], lex, ("official", "organization", "media"))
            and all(w.pos == "ADJ" or w.text[:1].isupper() or w.case == "gen" or (  # (no parse of Ukrainian)
                lex.language == "uk" and any("gent" in r for r in readings(w.text, lex.language))) for w in words[1:])
            and (any(w.text[:1].isupper() for w in words[1:]) or all(
                w.lemma.lower() in lex.words("whose_body") or _source_word(w, lex)
                for w in words[1:] if w.pos == "NOUN")))
        # or a name the lexicons list whole: "Повітряні сили:", "Следственный комитет:"
        sourced = sourced or (len(words) > 1 and lex.kind_of_word(" ".join(w.text.lower() for w in words)) is not None)
        # or unnamed sources where they are: "Джерела в СБУ:", "Источники в Минобороны:" (not
        # the label "Джерело:" of a link)
        # (whose they are first: "Наши источники в больнице:")
        own = 1 if len(words) > 3 and words[0].text.lower() in lex.words("our") else 0
        # ("Наш источник на нефтебазе:")
        sourced = sourced or (len(words) > 2 + own and (words[1 + own].text.lower() in lex.words("at_institution") or
                                                        (own and words[1 + own].pos == "ADP")) and
                              lex.kind_of_word(words[own].lemma.lower()) == "anonymous")
        if any(labelled) and not sourced:
            return None
        # a title, its institution and a name: "Губернатор Курской области Алексей Смирнов:"
        titled = any(lex.is_title(w.lemma) for w in words[:-1]) and words[-1].ent == "PER" and \
            words[-1].text[:1].isupper()
        if any(w.pos in ("VERB", "AUX") and lex.cue_for(w.text, w.lemma) is None for w in words) or \
                any(w.text[:1].islower() and w.pos not in ("ADP", "DET", "PART") and not (sourced or titled)
                    for w in words):
            return None
        named = [w for w in words if lex.cue_for(w.text, w.lemma) is None]  # "Said Ellis: …"
        if not named or not (sourced or titled or _could_speak(named[0], lex)):
            return None  # "Опыт: от 2 лет", "Тема: …": a field of a form, not a speaker
        latin = [w.text.lower() for w in words]
        if lex.language in ("ru", "uk") and all(w.text.isascii() for w in words) and \
                not any(lex.kind_of_word(x) for x in {" ".join(latin), latin[0], latin[-1]}):
            # a label in Latin letters in a Russian or Ukrainian post is a product, a game or an
            # article's title ("Docker: How To Debug …", "Elden Ring: 2519 рублей") unless the
            # lexicons know it, or its first or last word, as a source ("Bloomberg:", "New York
            # Post:", "BBC Verify:")
            return None
        content = _trim(p, list(range(c + 1, len(tokens))))
        letters = [ch for i in content for ch in tokens[i].text if ch.isalpha()]
        if len(content) < 2 or (letters and all(ch.isupper() for ch in letters)):
            return None  # "PRYVILLIA BRIDGE: WHAT WE KNOW" is a headline, not speech
        if mark == ":" and _a_title_after_colon(p, lex, words, content, sourced or titled):
            return None
        return Attribution(mark, (c, c), source, content)
    return None


def is_acronym(t: Token) -> bool:
    """Whether a word is an acronym ("ГАИ", "ZDF", "IAEA")."""
    return t.text.isupper() and len(t.text) >= 2


def _source_word(t: Token, lex: Lexicon) -> bool:
    """Whether a word is in the source lexicons or the titles ("Минобороны", "Глава")."""
    return any(lex.kind_of_word(w) or w in lex.titles for w in (t.text.lower(), t.lemma.lower()))


def _source_word_of_kind(t: Token, lex: Lexicon, kinds: tuple[str, ...]) -> bool:
    """Whether a word, as written or by its lemma, is a source the lexicons list as one of
    ``kinds``."""
    return any(lex.kind_of_word(w) in kinds for w in (t.text.lower(), t.lemma.lower()))


def _animacy(t: Token, lex: Lexicon) -> str:
    """"anim" or "inan" by the dictionary's first reading of a Russian or Ukrainian word, or
    its guess for a word it does not know ("Брендирование": a thing); "" when it says neither."""
    tags = grammemes(t.text, lex.language)
    return "anim" if "anim" in tags else "inan" if "inan" in tags else ""


def _a_thing(p: Parsed, lex: Lexicon, source: list[int]) -> bool:
    """Whether a source span is headed by a noun the dictionary reads as inanimate and no
    source lexicon knows ("Рост цен", "Все эти факты"; not "издание", "Минобороны")."""
    nouns = [i for i in source if p.tokens[i].pos == "NOUN"]
    if lex.language not in ("ru", "uk") or not nouns or any(p.tokens[i].ent or p.tokens[i].name for i in source):
        return False
    head = p.tokens[nouns[0]]
    # (a source word by any of its readings: "раді" is "рада" too, not only "рад")
    return not _source_word(head, lex) and _animacy(head, lex) == "inan" and not any(
        lex.kind_of_word(r.normal_form) for r in parses(head.text.lower(), lex.language))


def _could_speak(t: Token, lex: Lexicon) -> bool:
    """Whether a word opening a line before a colon can name a speaker: a name, an
    acronym, a word of the source lexicons ("Минобороны", "Глава"), or in Russian and
    Ukrainian a noun the dictionary knows as animate ("Правозащитники", not "Опыт")."""
    if t.ent in ("PER", "ORG", "NORP") or t.name or is_acronym(t):
        return True
    if _source_word(t, lex):
        return True
    if lex.language not in ("ru", "uk") or t.text.isascii():
        return t.pos == "PROPN"  # "Reuters:"
    # a thing ("Брендирование:", "Опыт:") does not speak, a person may ("Правозащитники:", "Бжания:")
    return _animacy(t, lex) == "anim"


# a signature after a quotation: "… our greatest shame.” ― Sonya Herridge", "…», — Зеленский."
BYLINE = re.compile(r"([»”\"’“])[,.]?\s*[―—–]\s*([^\W\d_][^\n\d]{0,80}?)\.?\s*$")


def read_byline(p: Parsed) -> Attribution | None:
    """A quotation signed with a dash and the speaker's name after it: "“Donald Trump
    scares me. …” ― Krystal Correa". ``p`` is the whole quotation with its signature
    (the sentences it spans parsed as one)."""
    tokens = p.tokens
    dash = next((i for i in range(len(tokens) - 1, 0, -1) if _is_dash(tokens[i].text)), None)
    if dash is None:
        return None
    close = dash - 1
    while close > 0 and tokens[close].text.strip() in (",", ".", ""):
        close -= 1
    opening = OPENED_BY.get(tokens[close].text)
    if opening is None:
        return None
    start = next((i for i in range(close - 1, -1, -1) if tokens[i].text in (opening, "“", "«", "„")
                  and (opening != "\"" or tokens[i].text == "\"")), None)
    if start is None and tokens[0].text in _QUOTES:
        start = 0  # a quotation opened with the wrong mark ("”Fear. …” ― X"), as web text has it
    if start is None or any(t.text == tokens[close].text for t in tokens[start + 1:close] if t.text != "\""):
        return None
    source = [i for i in range(dash + 1, len(tokens)) if tokens[i].text.strip() not in (".", ",", "")]
    words = [tokens[i] for i in source]
    if not words or len(words) > 8 or not words[0].text[:1].isupper() or \
            any(w.pos in ("VERB", "AUX") or w.text in _QUOTES for w in words) or \
            sum(1 for w in words if w.text[:1].islower()) > 1:
        return None
    content = _trim(p, list(range(start + 1, close)))
    if len(content) < 2:
        return None
    return Attribution(tokens[dash].text, (dash, dash), source, content)


# -- cue detection ---------------------------------------------------------------------


def _could_speak_any(p: Parsed, lex: Lexicon, source: list[int]) -> bool:
    """Whether a source span names someone who can speak (a person, a body, "he"), not only
    a thing ("satellite images", "the footage", "it")."""
    return any(_could_speak(p.tokens[i], lex) or p.tokens[i].text.lower() in lex.pronouns for i in source)


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


def _source_in_genitive(t: Token, language: str) -> bool:
    """Whether a token can begin the source of "по данным X": a word the dictionary may read
    in the genitive, or a name that does not decline ("МВД", "Reuters")."""
    if t.pos in ("PUNCT", "ADP", "VERB", "AUX"):
        return False
    found = readings(t.text, language)
    return t.case == "gen" or any("gent" in r for r in found) or (
        t.text[:1].isupper() and not any(r & _CASES for r in found))


def _words_up_to_punctuation(p: Parsed, first: int, most: int) -> list[str]:
    """The words from token ``first`` on, at most ``most``, up to a punctuation mark."""
    words = []
    for t in p.tokens[first:first + most]:
        if t.pos == "PUNCT":
            break
        words.append(t.text)
    return words


def _phrase_cues(p: Parsed, lex: Lexicon) -> list[tuple[int, int, str]]:
    """The phrase cues of a sentence (phrases.txt): (first token, last token, type). A
    preposition's phrase may hold a word that qualifies its data after the preposition
    ("за попередніми даними слідства", "по официальным данным Минздрава"): the source after
    it is still the source."""
    words = [t.text.lower() for t in p.tokens]
    by_first = lex.phrases_by_first_word()
    qualifiers = lex.words("carrier_qualifier")
    out = []
    i = 0
    while i < len(words):
        for parts, kind in by_first.get(words[i], ()):
            if words[i:i + len(parts)] == parts:
                out.append((i, i + len(parts) - 1, kind))
                i += len(parts) - 1
                break
            if kind == "prep" and len(parts) == 3 and words[i + 2:i + 3] == ["же"] and \
                    words[i:i + 2] + words[i + 3:i + 4] == parts:
                out.append((i, i + 3, kind))  # "По их же данным": the particle stresses whose
                i += 3
                break
            if kind == "prep" and len(parts) == 2 and i + 2 < len(words) and words[i + 1] in lex.pronouns and \
                    words[i + 2] == parts[1] and lex.language in ("ru", "uk"):
                out.append((i, i + 2, kind))  # "По их подсчётам", "За їхніми підрахунками": whose, inside
                i += 2
                break
            # (an adverb may stand before the qualifier or after it: "по пока неподтверждённым
            # данным", "по неподтверждённым пока данным")
            # (an adverb by the tagger, or a word of role ``negation``, "пока", "поки", which it
            # may take for a conjunction)
            def adverb(k: int) -> bool:
                return p.tokens[k].pos == "ADV" or words[k] in lex.words("negation")

            adverb_before = int(i + 2 < len(words) and adverb(i + 1))
            qualifier = i + 1 + adverb_before
            adverb_after = int(not adverb_before and qualifier + 2 < len(words) and adverb(qualifier + 1))
            last = qualifier + adverb_after + len(parts) - 1
            after = last + 1
            if after + 1 < len(words) and words[after] in lex.words("data_from"):
                after += 1  # "по неподтверждённым данным от наших источников"
            if kind == "prep" and len(parts) >= 2 and after < len(words) and \
                    p.tokens[qualifier].lemma.lower().replace("ё", "е") in qualifiers and \
                    words[qualifier + 1 + adverb_after:last + 1] == parts[1:] and \
                    _source_in_genitive(p.tokens[after], lex.language):
                # (only with its source right after it: "По предварительным данным, …", "по
                # предварительным данным в ДТП …", "По последним данным напавшая пантера …" name
                # no one)
                out.append((i, last, kind))
                i = last
                break
        i += 1
    return out


_CLAUSE_SUBJECTS = frozenset({"they", "he", "she", "we", "i"})


def _verb_cue(p: Parsed, lex: Lexicon, i: int) -> Cue | None:
    t = p.tokens[i]
    entry = lex.cue_for(t.text, t.lemma)
    if entry is None:
        return None
    # spaCy tags some reporting verbs as nouns in headlines, pymorphy3 some Ukrainian verb
    # forms as nouns: trust the lexicon for forms that cannot be nouns.
    trusted = (lex.language == "uk" and t.pos == "NOUN" and t.text.lower() in lex.forms) or (
        lex.language == "en" and t.text.lower() in ("said", "says", "told", "claimed", "wrote"))
    # "Commenters in his channel claim they saw …": a noun to spaCy between a noun and the
    # subject of the clause it introduces; not the subject of its sentence, nor a noun
    # the clause describes ("the police report they filed was lost")
    verb_between = lex.language == "en" and t.pos == "NOUN" and 0 < i < len(p.tokens) - 1 and \
        p.tokens[i - 1].pos in ("NOUN", "PROPN") and p.tokens[i + 1].text.lower() in _CLAUSE_SUBJECTS and \
        t.dep not in SUBJECTS and not any(p.tokens[k].dep in ("relcl", "acl") for k in p.children(i))
    # "But Trump claims that he should be …": the parse gives the "noun" a clause, as only a
    # verb has, and a subject that can speak (or, the root, a name before it it takes for
    # a modifier: "Orban/amod claims/root")
    governs = lex.language == "en" and t.pos == "NOUN" and p.has_deps and any(
        p.tokens[k].dep == "ccomp" for k in p.children(i)) and any(
        (p.tokens[k].dep == "nsubj" or (t.dep == "root" and k < i and p.tokens[k].dep in ("amod", "compound")))
        and (p.tokens[k].pos == "PRON" or _could_speak(p.tokens[k], lex)) for k in p.children(i))
    if t.pos not in ("VERB", "AUX") and not trusted and not verb_between and not governs:
        return None
    if lex.language == "en" and t.dep in ("amod", "compound") and not verb_between:
        return None
    if "evidence" in entry.tags and t.text.lower().endswith("ing"):
        return None  # "footage showing the span": a description, not a finding
    if "carries" in entry.tags and _carried_claim(p, lex, i) is None:
        return None  # "spread panic", "поширили відео": nothing said is passed on
    speech = tuple(lex.words("speech"))  # "declined to comment", "отказался комментировать"
    if entry.neutral and not any(w.text.lower().startswith(speech) for w in p.tokens[i + 1:i + 4]):
        return None  # "declined to comment" is a stance; "отказалась от договора" is not speech
    return entry


def _only_labels_what_was_said(p: Parsed, lex: Lexicon, content: list[int]) -> bool:
    """Whether words only point back and call it false: "Це фейк", "Это ложь", "This is
    fake" (a pointing word, the verb "to be" and denial words, nothing else)."""
    tokens = p.tokens
    words = [i for i in content if tokens[i].pos != "PUNCT" and tokens[i].text not in _QUOTES]
    if not 2 <= len(words) <= 5 or tokens[words[0]].text.lower() not in lex.words("anaphoric"):
        return False
    rest = {tokens[i].text.lower() for i in words[1:] if tokens[i].lemma.lower() not in lex.words("copula")
            and tokens[i].text.lower() not in ("a", "an", "the")}
    return bool(rest) and all(lex.has_denial_word({w}) for w in rest)


def _second_cue_of_the_speaker(p: Parsed, lex: Lexicon, found: list[Attribution]) -> None:
    """English "X said its forces had struck Y and denied targeting Z": a cue verb the parse
    joins to the last verb of another cue's words, with no subject of its own, is the
    speaker's next statement, not part of the first: the first's words end before its
    "and", and its source is the speaker (the parse lends it the inner verb's subject).
    Not when that subject is someone who speaks ("X says Machado promised … and said …")."""
    tokens = p.tokens
    for second in found:
        v = second.cue_tokens[0]
        if tokens[v].dep != "conj" or any(tokens[k].dep in SUBJECTS for k in p.children(v)):
            continue
        inner = tokens[v].head
        first = next((a for a in found if a is not second and inner in a.content and v in a.content
                      and a.cue_tokens[0] < inner and tokens[inner].head == a.cue_tokens[0]), None)
        if first is None or not first.source:
            continue
        if any(tokens[k].dep in SUBJECTS and (tokens[k].ent == "PERSON" or tokens[k].pos == "PROPN" or (
                tokens[k].pos == "PRON" and tokens[k].text.lower() not in ("it", "its", "this", "that"))
                or _source_word(tokens[k], lex)) for k in p.children(inner)):
            # "says Machado promised to … and said she would …", "said the minister had resigned
            # and denied …": the one who speaks in the words said it
            continue
        cut = min([v, *(k for k in p.children(inner) if tokens[k].dep == "cc" and k < v)])
        first.content = _trim(p, [i for i in first.content if i < cut])
        second.source = list(first.source)


def _quotation_open_at(p: Parsed, first: int, k: int) -> bool:
    """Whether a quotation opened between token ``first`` and ``k`` is still open at ``k``
    (a quotation the parse or the marks left unread)."""
    marks = [p.tokens[i].text for i in range(first, k)]
    return any(closes_open_quotation(marks, closing) for closing in ("»", "”", '"'))


def _topic_clause_size(lex: Lexicon, words: list[str]) -> int:
    """How many of the lower-cased ``words`` (no punctuation) a topic clause's opening (role
    ``topic_clause``: "о том что") they start with takes; 0 when they start with none."""
    for phrase in lex.words("topic_clause"):
        parts = phrase.split()
        if words[:len(parts)] == parts:
            return len(parts)
    return 0


def _topic_clause_at(p: Parsed, lex: Lexicon, k: int) -> int | None:
    """The clause mark of a topic clause ("о том, что") that starts at token ``k``, if one
    does."""
    words = [i for i in range(k, min(k + 8, len(p.tokens))) if p.tokens[i].text != ","]
    size = _topic_clause_size(lex, [p.tokens[i].text.lower() for i in words])
    return words[size - 1] if size else None


def _carried_claim(p: Parsed, lex: Lexicon, i: int) -> tuple[int, int] | None:
    """For a verb of spreading (tag ``carries``): its claim word (role ``claim_noun``) within
    three words after it and the clause's mark right after that word ("circulating claims
    that …", "поширюють інформацію, що …", or a word of hearsay: "поширюють фейк, нібито …",
    also after a preposition of its topic, "поширюють фейк про нібито розміщений …"), or the
    verb itself when the mark follows it ("разгоняют, что …", "разгоняют: …"): (the word, the
    mark); None when it spreads no words ("spread panic", "поширили відео")."""
    tokens = p.tokens
    # (past where it is spread: "разгоняет по киевским пабликам, что …")
    j = i
    if i + 1 < len(tokens) and tokens[i + 1].pos == "ADP":
        j = next((k - 1 for k in range(i + 2, min(i + 7, len(tokens))) if tokens[k].text == ","), i)
    if j + 2 < len(tokens) and tokens[j + 1].text in (",", ":") and (
            tokens[j + 1].text == ":" or tokens[j + 2].text.lower() in lex.words("declarative_mark") |
            lex.words("hearsay_mark")):
        return i, j + 1 if tokens[j + 1].text == ":" else j + 2  # "разгоняют, что это якобы …": the words follow it
    for k in range(i + 1, min(i + 4, len(tokens) - 1)):
        if tokens[k].text.lower() in lex.words("claim_noun"):
            mark = k + 2 if tokens[k + 1].text in (",", ":") and k + 2 < len(tokens) else k + 1
            topic = _topic_clause_at(p, lex, k + 1)
            if topic is not None:
                mark = topic  # "распространил информацию о том, что …": the clause after its topic
            if tokens[mark].text.lower() in lex.words("topic_mark") and mark + 1 < len(tokens) and \
                    tokens[mark + 1].text.lower() in lex.words("hearsay_mark"):
                mark += 1  # "поширюють фейк про нібито розміщений у школі підрозділ": what it is about, hearsay
            opens = lex.words("mark") | lex.words("hearsay_mark")
            if tokens[mark].text.lower() not in opens and tokens[k + 1].text == ":":
                return k, k + 1  # "разгоняют очередной фейк: плотину разбомбила авиация"
            return (k, mark) if tokens[mark].text.lower() in opens else None
        if tokens[k].pos in ("VERB", "PUNCT"):
            return None
    return None


def _cue_verb_after(p: Parsed, lex: Lexicon, first: int, last: int) -> int | None:
    """The cue verb of "as X said" / "как сообщил X" after "as" (tokens ``first`` to
    ``last``), or a listed phrase of the same role ("As one commenter put it: …"); None when
    the "as" is no such aside: the second "as" of a comparison ("as wealthy as X claims"),
    the writer's own voice ("as I've suggested", "как мы уже писали"), "as" of time or cause."""
    tokens = p.tokens
    if any(tokens[k].text.lower() == tokens[first].text.lower() for k in range(max(0, first - 3), first)):
        return None
    verb = None
    # (English names who between "as" and the verb: "As the regional governor put it", "as
    # one of Mr. Obama's advisers noted")
    for j in range(last + 1, min(last + (9 if lex.language == "en" else 4), len(p.tokens))):
        if j + 1 < len(p.tokens) and \
                lex.phrases.get(f"{p.tokens[j].text.lower()} {p.tokens[j + 1].text.lower()}") == "as":
            verb = j
            break
        if _verb_cue(p, lex, j) is not None:
            # (not an infinitive: "Как написать игру за неделю?" asks how, nobody wrote)
            if lex.language in ("ru", "uk") and _infinitive(p, lex, j):
                return None
            if lex.language == "en" and p.has_deps and any(
                    (p.tokens[c].dep in ("dobj", "ccomp", "xcomp", "attr", "oprd") and
                     p.tokens[c].pos != "PRON" and p.tokens[c].text.lower() != "so") or
                    (p.tokens[c].dep == "prep" and p.tokens[c].text.lower() == "for") for c in p.children(j)):
                # "as X said" leaves the verb without what was said; with it, "as" is when
                # or because: "came as officials praised the protests", "as she called for …"
                return None
            verb = j
            break
        if p.tokens[j].pos == "PUNCT" or (lex.language == "en" and (
                p.tokens[j].pos == "VERB" or p.tokens[j].text.lower() in lex.words("relative"))):
            return None  # (a clause of its own: "described as a disaster by critics who said")
    if verb is None:
        return None
    who = [tokens[k] for k in range(first + 1, verb) if tokens[k].pos in ("PRON", "NOUN", "PROPN")]
    if who and all(t.text.lower() in lex.words("person12") and t.case in ("", "nom") and
                   t.dep not in ("dobj", "iobj", "dative", "pobj") for t in who):
        return None  # only "I" or "we" between "as" and the verb
    return verb


# -- readers ---------------------------------------------------------------------------


def _inside_relative_clause(p: Parsed, lex: Lexicon, first: int) -> bool:
    """Whether token ``first`` is inside a relative clause set off by a comma, after its verb
    ("X, який відстежує глушіння за даними сервісів, …"): a phrase there tells how the one
    described does something. Not one set off itself, nor one before the verb, which vouch
    for the clause ("X, который, по данным СМИ, был задержан", "який за даними поліції був
    за кермом")."""
    tokens = p.tokens
    if first == 0 or tokens[first - 1].pos == "PUNCT":
        return False
    comma = next((k for k in range(first - 1, -1, -1) if tokens[k].pos == "PUNCT"), None)
    return comma is not None and tokens[comma].text == "," and comma + 1 < first and \
        tokens[comma + 1].text.lower() in lex.words("relative") and tokens[comma + 1].pos != "SCONJ" and \
        tokens[comma + 1].text.lower() not in lex.words("mark") and \
        any(tokens[k].pos == "VERB" for k in range(comma + 2, first))


def _read_prep(p: Parsed, lex: Lexicon, first: int, last: int) -> Attribution | None:
    """"According to X, Y" / "Y, according to X" / "по словам X, Y"."""
    tokens = p.tokens
    n = len(tokens)
    if tokens[first].text.lower() in lex.words("measure_preposition") and not _names_someone_next(p, lex, last + 1):
        return None  # "5 per cent", "20 dollars per head": a rate, not "per the regional police"
    if first and lex.language in ("ru", "uk") and tokens[first - 1].pos == "NOUN" and \
            "anim" in grammemes(tokens[first - 1].text, lex.language):
        return None  # "специалистов по данным": what someone works on, no source
    if _inside_relative_clause(p, lex, first):
        return None  # "аналітик, який відстежує глушіння за даними сервісів, …": how he does it
    inner = [i for i in range(first, last + 1) if tokens[i].text.lower() in lex.pronouns]
    if inner:
        # "по его словам, Y" / "за її словами, Y": the pronoun inside the phrase is the source
        content = _trim(p, list(range(last + 1, n)))
        return Attribution(p.span_text(first, last), (first, last), inner, content, phrase="prep") \
            if content else None
    if p.span_text(first, last).lower() in lex.words("dative_cue") and last + 1 < n and \
            tokens[last + 1].pos in ("ADP", "PART"):
        if tokens[last + 1].text.lower() not in lex.words("source_from"):
            return None  # "Как стало известно в пятницу": when it became known, not to whom
        last += 1  # "Как стало известно из материалов суда": from what, in the genitive
    src_start = last + 1
    data_from = src_start + 1 < n and tokens[src_start].text.lower() in lex.words("data_from")
    if data_from:
        src_start += 1  # "по данным от источников в полиции": the sources
    src_end = src_start
    while src_end < n and (tokens[src_end].text not in (",", ";", ":") or _quoted_comma(p, src_end)) and \
            not _is_dash(tokens[src_end].text):
        src_end += 1  # (past a comma inside a name in quotation marks: "канала «Осторожно, Москва»")
    if data_from and (src_end >= n - 1 or src_end - src_start > 6):
        return None  # (no comma closes whose data: "По информации из портала большее число жалоб …")
    glued_end = _glued_source_end(p, lex, src_start, src_end)
    glued = glued_end is not None
    if glued:
        src_end = glued_end
    name_start, body = _past_what_a_name_is(p, lex, src_end + 1), False
    name_end = name_start
    while name_end < n and (tokens[name_end].ent == "PER" or tokens[name_end].pos == "PROPN") and \
            tokens[name_end].text[:1].isupper() and not tokens[name_end].text.isupper():
        name_end += 1
    titled = any(tokens[i].pos == "NOUN" and tokens[i].text.islower() and lex.is_title(tokens[i].lemma)
                 for i in range(src_start, src_end))
    # (one word will do when the NER model says it is a person's name, else two or three)
    named = name_end - name_start >= 2 or (name_end == name_start + 1 and tokens[name_start].ent == "PER")
    # (set off by commas, or ending the sentence: "…, according to its owner, Piraeus-based
    # Aegean Meridian Shipping.")
    closed = (name_end < n - 1 and tokens[name_end].text == ",") or name_end == n or (
        name_end == n - 1 and tokens[name_end].text in (".", "!", "…"))
    if src_end < n and tokens[src_end].text == "," and named and name_end <= name_start + 3 and closed and (
            titled or (tokens[src_end - 1].pos == "NOUN" and tokens[src_end - 1].text.islower())):
        # "according to the regional governor, Vyacheslav Gladkov, …", "according to the
        # mayor of Sumy, Oleksandr Lysenko, …": his name (not "по данным SHOT, Григорий
        # Рабинович, известный …, скончался": the content's subject); "за даними
        # судновласника, грецької компанії Aegean Meridian Shipping, …": its name
        body = not titled and not all(tokens[i].ent == "PER" for i in range(name_start, name_end))
        if body:
            src_start = name_start  # (known by its name alone)
        src_end = name_end
    span = _trim(p, list(range(src_start, src_end)))
    source = _owner_of_carrier(p, lex, span)
    # reports no one owns are still someone's word, unnamed sources ("according to
    # (unconfirmed) reports", "по некоторым сообщениям": the plural form listed as a source)
    reports = any(lex.kind_of_word(tokens[i].text.lower()) == "anonymous" for i in source if _carrier(tokens[i], lex))
    qualified = [i for i in source if tokens[i].lemma.lower() in lex.words("carrier_qualifier")]
    if qualified and not reports and all(i in qualified or _carrier(tokens[i], lex) for i in source):
        return None  # "according to preliminary data", "согласно предварительным данным": no one's
    if source and not reports and all(_carrier(tokens[i], lex) or (
            tokens[i].pos == "ADJ" and not _source_word(tokens[i], lex)) for i in source) and not any(
            tokens[i].text.lower() in lex.words("determiner") or tokens[i].lemma.lower() in lex.words("determiner")
            for i in range(src_start, src_end)):
        # "согласно прогнозу": whose, the sentence does not say ("according to the report",
        # an adjective the lexicons know for people is whose: "по данным от местных";
        # "согласно этому докладу" point back at one named before, and keep it)
        return None
    if source and tokens[source[0]].lemma.lower() in lex.words("relative") - {"that"}:
        return None  # "режим, согласно которому …": the phrase describes a noun, no one says it
    # (of its first two nouns: the dictionary reads some adjectives as nouns, "новим")
    nouns = [i for i in source if tokens[i].pos in ("NOUN", "PROPN")][:2]
    if any({tokens[i].lemma.lower(), tokens[i].text.lower()} & lex.words("norm") for i in nouns):
        return None  # "согласно новому ГОСТу", "according to the treaty": a rule, which no one asserts
    if tokens[last].text.lower() in lex.words("at_institution"):
        if first and tokens[first - 1].text.lower() in lex.words("negation"):
            return None  # "не говорится в"
        if source == span:  # (not when the statement's owner is found already)
            source = _where_said(p, source)  # "говорится в сообщении Минобороны"
        if len(source) == 1 and tokens[source[0]].text.islower() and not lex.kind_of_word(tokens[source[0]].lemma) \
                and (_carrier(tokens[source[0]], lex) or tokens[source[0]].pos != "NOUN"):
            # "говорится в сообщении": whose, the sentence does not say (a noun after it may
            # be a word of a body's name before it: "— говорится в сообщении дороги")
            return None
    if not source:
        return None
    before = _trim(p, [i for i in range(0, first) if not _is_opener(p, i, first)])
    if before and " ".join(tokens[i].text.lower() for i in before) in lex.words("about_this"):
        # "Об этом говорится в сообщении Минобороны": its words are the sentence before
        return Attribution(p.span_text(first, last), (first, last), source, [], phrase="prep",
                           extra={"previous": True})
    before = _without_about_this(p, lex, before)
    after_from = _past_apposed_title(p, lex, src_end) + (0 if glued else 1)
    after = _trim(p, list(range(_past_source_participle(p, lex, source, after_from, bool(before)), n)))
    opened = next((k for k in range(first - 1, -1, -1) if tokens[k].text in ("(", ")")), None)
    closed = next((k for k in range(last + 1, n) if tokens[k].text == ")"), None)
    if opened is not None and tokens[opened].text == "(" and closed is not None and \
            sum(tokens[i].pos != "PUNCT" for i in (*before, *after) if opened < i < closed) >= 2:
        # inside brackets with words of their own ("… Керимова (12-е место по версии Forbes
        # …)"): the source vouches for those words (a bare "(по мнению редакции)" for the
        # clause around it)
        before = [i for i in before if opened < i]
        after = [i for i in after if i < closed]
        source = [i for i in source if i < closed]
    if after and tokens[after[0]].text.lower() in _RELATIVE and tokens[after[0]].pos != "SCONJ":
        # "according to X, whose channel …": more about the source, not the claim; what
        # follows the comma closing it is ("According to an official, who spoke on condition
        # of anonymity, the brigade lost …")
        closing = next((i for i in after if tokens[i].text == ","), None)
        after = _trim(p, [i for i in after if i > closing]) if closing is not None else []
    if before and after and tokens[first - 1].text in (":", ";"):
        before = []  # "…эти сведения назвали ложью: по словам X, Y": X's is the clause it opens
    elif before and after and _clause_then_contrast(p, lex, before):
        before = []  # "The line was damaged, but according to X, engineers restored it": X's is the rest
    elif before and after and (tokens[before[-1]].pos == "SCONJ" or tokens[before[-1]].text.lower() in CLAUSE_MARKS
                               or _ends_with_phrase(p, before, lex.words("subordinator"))):
        # "…, поскольку, по данным следствия, Y", "because, according to investigators, Y":
        # the source vouches for the clause it opens, not for the sentence around it
        before = []
    # "Y, сообщает РИА Новости по данным X", "Y, по данным X, Z, заявил министр": X's words
    # are Y (and Z), not another's inverted cue and source
    before, after = _up_to_inverted_cue(p, lex, before, first), _up_to_inverted_cue(p, lex, after, n)
    content = before + after if before and after else (after or before)
    if not content:
        return None
    cue = p.span_text(first, last)
    return Attribution(cue, (first, last), source, content, phrase="prep", extra={"body": True} if body else {})


def _past_what_a_name_is(p: Parsed, lex: Lexicon, k: int) -> int:
    """The first token of a name after the words from ``k`` that say what it is: adjectives
    and a body's common noun ("грецької компанії Aegean Meridian Shipping"), an English
    place compound ("Piraeus-based …"); ``k`` when there are none."""
    tokens, n = p.tokens, len(p.tokens)
    i = k
    while i < n:
        t = tokens[i]
        if i + 2 < n and tokens[i + 1].text == "-" and tokens[i + 2].text.lower() in lex.words("place_based"):
            i += 3  # "Piraeus-based", "London-based"
        elif t.text.islower() and (t.pos == "ADJ" or (  # (an adjective the tagger took for a noun: "турецької")
                lex.language in ("ru", "uk") and any("ADJF" in r for r in readings(t.text, lex.language))) or (
                t.pos == "NOUN" and lex.kind_of_word(t.lemma.lower()) in ("organization", "media")
                and not lex.is_title(t.lemma.lower()))):  # (not "эксперт компании Credit Karma")
            i += 1
        else:
            break
    return i if i < n and tokens[i].text[:1].isupper() else k


def _up_to_inverted_cue(p: Parsed, lex: Lexicon, idx: list[int], limit: int) -> list[int]:
    """The words ``idx`` up to a comma before a cue verb (before ``limit``): another's
    inverted cue and its source are not part of them."""
    tokens = p.tokens
    comma = next((i for i in idx if tokens[i].text == "," and i + 1 < limit and _verb_cue(p, lex, i + 1) is not None),
                 None)
    return idx if comma is None else [i for i in idx if i < comma]


def _topic_only(p: Parsed, lex: Lexicon, content: list[int]) -> bool:
    """Whether a content is only a topic: a preposition of topic (role ``topic_mark``) and
    a noun phrase, no verb, number or quotation ("о своем телефонном разговоре с Путиным";
    not "о 224 задержанных", a figure one can check)."""
    tokens = p.tokens
    return bool(content) and tokens[content[0]].text.lower() in lex.words("topic_mark") and not any(
        tokens[i].pos in ("VERB", "AUX", "NUM") or tokens[i].text in _QUOTES or tokens[i].text[:1].isdigit()
        for i in content)


def _for_what(p: Parsed, lex: Lexicon, v: int, content: list[int]) -> bool:
    """Whether a content after the cue at ``v`` opens with a conjunction of purpose (role
    ``purpose``) after a thing the cue handles: "передали військовим дрони, щоб ті могли …"
    says what the drones were for, not what anyone said ("потребовал, чтобы …" demands it)."""
    tokens = p.tokens
    if not content or min(content) <= v + 1:
        return False
    mark = min(content) - 1
    # (a thing it handles, not whom it urges: "призвал жителей, чтобы они …" is the appeal)
    return tokens[mark].text.lower() in lex.words("purpose") and any(
        tokens[i].pos == "NOUN" and _animacy(tokens[i], lex) == "inan" for i in range(v + 1, mark))


def _opens_with_interrogative(p: Parsed, lex: Lexicon, content: list[int]) -> bool:
    """Whether words open with a question word, after its preposition too ("В чем его
    новшество, объясняет X", "О чем идет речь, рассказал X", "у яких умовах …")."""
    tokens = p.tokens
    if len(content) > 1 and tokens[content[0]].pos == "ADP":
        # (a pronoun: "о как минимум двух делах" is no question; "по каким дням" is)
        word = tokens[content[1]].text.lower()
        return word in lex.words("interrogative") and (
            tokens[content[1]].pos == "PRON" or any({"NPRO", "Apro"} & r for r in readings(word, lex.language)))
    return tokens[content[0]].text.lower() in lex.words("interrogative")


def _headline_before_colon(p: Parsed, lex: Lexicon, att: Attribution, entry: Cue, v: int) -> list[int]:
    """'Цены вырастут на 10%: Минэнерго опубликовало прогноз': a Telegram headline whose
    claim comes first and whose source, right after the colon, says nothing more or only
    publishes or speaks of what carries words ("прогноз", "рассказали о прогнозе",
    "пользователи жалуются") vouches for the claim before the colon. Not when that claim has
    no verb ("Взрывы в Белгороде: губернатор сообщил о пострадавших"), asks, or has a cue of
    its own, nor when the source says a clause or speaks of a topic of its own; not what was
    named."""
    tokens = p.tokens
    colon = next((i for i, t in enumerate(tokens) if t.text == ":"), None)
    if colon is None or not att.source or not colon < min(att.source) <= colon + 2 or max(att.source) > v or \
            entry.labels:
        return []
    before = _trim(p, list(range(colon)))
    if not before or tokens[before[-1]].text == "?" or not any(tokens[i].pos in ("VERB", "AUX") for i in before) or \
            any(_verb_cue(p, lex, i) is not None for i in before):
        return []
    if tokens[before[0]].text.lower() in lex.words("interrogative"):
        return []  # "Почему кошки не любят двери: учёные выяснили": what they found out
    if att.content and (min(att.content) > v + 1 or any(
            tokens[i].pos in ("VERB", "AUX") or tokens[i].text in _QUOTES for i in att.content)):
        return []  # (a clause of its own: "…, что это временно", a quotation)
    # (within its first words: "прогноз", "о прогнозе", "свій новий прогноз")
    if (att.content or "makes" in entry.tags) and not any(_carrier(tokens[i], lex) for i in att.content[:3]):
        # what it said of a topic of its own is its claim ("По всей стране тревога: местные
        # сообщают о взрывах"); a forecast or a report carries the headline's
        return []
    return before


def _made_or_named_only(p: Parsed, lex: Lexicon, entry: Cue, v: int, content: list[int]) -> bool:
    """Whether a cue says nothing but what it made ("Инженеры написали чистый код", "wrote
    a book": tag ``makes``) or, in Russian and Ukrainian, what it named or accused with
    nothing said of it: no instrumental, preposition or verb saying what it was called or
    charged with, wherever the parse hung it ("В Госдуме назвали условия …"; not "назвал
    решение «очень опасным»", "обвинил X в …"; English "cited his endorsements", "blamed X
    on Y" say what the speaker holds)."""
    tokens = p.tokens
    named_only = entry.labels and lex.language in ("ru", "uk") and not any(
        tokens[i].case == "ins" or tokens[i].pos in ("ADP", "VERB") for i in content)
    return ("makes" in entry.tags or named_only) and _only_the_object(p, lex, v, content)


def _only_the_object(p: Parsed, lex: Lexicon, v: int, content: list[int]) -> bool:
    """Whether a content is no more than the direct object of the cue at ``v``, a thing
    that carries no statement (not "написал пост о закрытии моста", nor a recording)."""
    objects = [k for k in p.children(v) if p.tokens[k].dep in OBJECTS] if p.has_deps else []
    if not content or not objects or _carrier(p.tokens[objects[0]], lex) or \
            {p.tokens[objects[0]].lemma.lower(), p.tokens[objects[0]].text.lower()} & lex.words("recording"):
        return False  # ("опубликовало кадры уничтожения …": footage shows what it claims)
    made = p.subtree(objects[0])
    # (not a topic the parse made an object: "пишут о восьми «шахедах»"; with no verb, what
    # opens with the object is the object, wherever the parse hung the rest: "публикует топ-6
    # нелепо испорченных документов")
    return p.tokens[made[0]].pos != "ADP" and (set(content) <= set(made) or (
        content[0] == made[0] and not any(p.tokens[i].pos in ("VERB", "AUX") for i in content)))


def _ends_with_phrase(p: Parsed, idx: list[int], phrases: frozenset[str]) -> bool:
    """Whether the words ``idx`` end with one of ``phrases`` ("поскольку", "потому что")."""
    words = " ".join(p.tokens[i].text.lower() for i in idx[-3:])
    return any(words == phrase or words.endswith(" " + phrase) for phrase in phrases)


def _past_apposed_title(p: Parsed, lex: Lexicon, comma: int) -> int:
    """The comma closing a title set off after a source that ends at ``comma`` ("по мнению
    Константина Вернигорова, генерального директора СИБУР ПолиЛаб, …": what he is, not what
    he thinks), or ``comma`` itself."""
    tokens = p.tokens
    if comma + 1 >= len(tokens) or tokens[comma].text != ",":
        return comma
    closing = next((k for k in range(comma + 2, min(comma + 10, len(tokens))) if tokens[k].text == ","), None)
    if closing is None or any(tokens[k].pos in ("VERB", "AUX") for k in range(comma + 1, closing)):
        return comma
    noun = next((k for k in range(comma + 1, closing) if tokens[k].pos == "NOUN"), None)  # (past "генерального")
    # (in Russian and Ukrainian in the source's oblique case: "По данным SHOT, это
    # экс-сотрудник склада, …" is what SHOT reports; with no quantity before it: "По данным
    # СМИ, несколько представителей оппозиции, …" are who was detained)
    return closing if noun is not None and lex.is_title(tokens[noun].lemma.lower()) and (
        lex.language == "en" or tokens[noun].case not in ("nom", "")) and \
        all(tokens[k].pos in ("ADJ", "DET") for k in range(comma + 1, noun)) else comma


def _past_source_participle(p: Parsed, lex: Lexicon, source: list[int], k: int, said_before: bool) -> int:
    """Where the words after a source end at ``k`` go on past a participle set off after
    it ("по словам чиновника, отвечающего за здравоохранение, …"; "…, согласно данным
    группы, работающей в регионе": what the source is, not what it says), or ``k``."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or not source or not 0 < k < len(tokens) or tokens[k - 1].text != ",":
        return k
    t = tokens[k]
    # (a Ukrainian participle is an adjective with an aspect to the dictionary)
    if not any("PRTF" in r or ("ADJF" in r and r & {"perf", "impf"}) for r in readings(t.text, lex.language)):
        return k
    if (t.dep not in ("acl", "amod") or t.head not in source) if p.has_deps else \
            not _agree(t.text, tokens[source[-1]].text, lex.language):
        return k
    if k + 1 < len(tokens) and tokens[k + 1].pos == "NOUN" and _agree(t.text, tokens[k + 1].text, lex.language):
        return k  # "По словам жителей, сгоревших домов в селе нет": the houses burnt
    closing = next((i for i in range(k + 1, len(tokens)) if tokens[i].text == "," and not _quoted_comma(p, i)), None)
    if closing is None and not said_before:
        return k  # (nothing would be left)
    if any(tokens[i].pos in ("VERB", "AUX") for i in range(k + 1, closing or len(tokens))):
        return k  # a clause of its own: "За даними поліції, загиблих немає, …"
    return len(tokens) if closing is None else closing + 1


def _agree(adjective: str, noun: str, language: str) -> bool:
    """Whether a Russian or Ukrainian adjective or participle can agree with a noun: a
    case, number and (in the singular) gender they can share."""
    for a in readings(adjective, language):
        for b in readings(noun, language):
            if a & b & _CASES and ("plur" in a) == ("plur" in b) and (
                    "plur" in a or a & b & {"masc", "femn", "neut"}):
                return True
    return False


def _clause_then_contrast(p: Parsed, lex: Lexicon, before: list[int]) -> bool:
    """Whether the words before a source are a clause of their own closed by a conjunction
    of contrast ("…, but", "…, но", "…, але"), not the first half of the source's clause."""
    tokens = p.tokens
    words = [i for i in before if tokens[i].pos != "PUNCT"]
    return len(words) >= 3 and tokens[words[-1]].text.lower() in lex.words("contrast") and \
        any(tokens[i].pos in ("VERB", "AUX") for i in words[:-1])


def _glued_source_end(p: Parsed, lex: Lexicon, start: int, limit: int) -> int | None:
    """Where a source with no comma after it ends, when the words up to ``limit`` (the next
    comma) go on with a clause of their own: "По данным Росстата в октябре цены выросли",
    "According to the governor three drones were shot down"; None when they do not."""
    end = _source_run_end(p, lex, start, limit)
    return end if _clause_follows(p, end, limit) else None


def _source_run_end(p: Parsed, lex: Lexicon, start: int, limit: int) -> int:
    """Where the noun phrase of a source after a prepositional cue ends, at ``limit`` at
    the latest: with a parse (English), the subtree of the cue's object; by word order
    (Russian, Ukrainian), the first noun and the words in the genitive after it ("отчетности
    МСФО", "главы Курской области Алексея Смирнова"), up to a preposition, a verb, an adverb
    or a noun in another case ("в 2023 году", "ночью", "компания")."""
    tokens = p.tokens
    if start >= limit:
        return limit
    if lex.language == "en":
        if not p.has_deps:
            return limit
        heads = [i for i in range(start, limit) if not start <= tokens[i].head < limit or tokens[i].head == i]
        if len(heads) < 2:
            return limit
        return min(max(p.subtree(heads[0])) + 1, limit)
    noun = None
    named = False  # a name or an acronym heads or ends the phrase so far
    within = False  # after the preposition of an unnamed source's place
    titled = False  # a title so far: a name in apposition to it goes on, in any case
    quoted = False
    for k in range(start, limit):
        t = tokens[k]
        if t.text in _QUOTES:
            quoted = not quoted
            continue
        if quoted:
            continue
        if t.pos in ("NOUN", "PROPN"):
            capital = t.text[:1].isupper()
            if noun is not None and not within and not ((t.ent == "PER" or t.name) and titled) and (
                    (named and not capital) or (
                    t.case not in ("gen", "") and not t.text.isupper() and not t.text.isascii()
                    and not any("gent" in r for r in readings(t.text, lex.language)))):
                # (a noun that may be in the genitive goes on, "главы Курской области", and a
                # name in apposition, "главу совета Volkswagen Даниэлу Кавалло"; a word in
                # small letters after a name does not: "По данным МЧС информации о …")
                return k
            noun, named, within = k, capital, False
            titled = titled or lex.is_title(t.lemma)
        elif t.pos in ("ADJ", "DET", "NUM") or t.text in ("-", "–") or t.text.isupper():
            continue
        elif t.pos == "ADP" and noun is not None and lex.kind_of_word(tokens[noun].lemma) == "anonymous" and \
                t.text.lower() in lex.words("at_institution"):
            within = True  # "источник в силовых структурах": the noun after it in any case
        else:
            return k if noun is not None else limit
    return limit


def _clause_follows(p: Parsed, start: int, limit: int) -> bool:
    """Whether the words from ``start`` to ``limit`` hold a verb of their own, outside
    brackets (not "издание X (включено в реестр …)", an aside about the source)."""
    if start < limit and p.sentence.language == "en" and p.tokens[start].pos in ("VERB", "AUX"):
        return False  # an English clause opens with its subject ("the administration head Pavlo …")
    depth = 0
    for t in p.tokens[start:limit]:
        depth += (t.text in ("(", "[")) - (t.text in (")", "]"))
        if depth <= 0 and t.pos in ("VERB", "AUX"):
            return True
    return False


def _names_someone_next(p: Parsed, lex: Lexicon, k: int) -> bool:
    """Whether a determiner or a name starts at ``k``, or a title with a name after it
    ("the ministry", "Ukrainian Pravda", "governor Gladkov"; not "cent", "head", "year")."""
    tokens = p.tokens
    if k >= len(tokens):
        return False
    t = tokens[k]
    if t.pos == "DET":
        # whose head can speak: "the regional police", "the Kyiv Independent"; not "the
        # McKinley plan", "the party's bylaws"
        end = next((j for j in range(k, len(tokens)) if tokens[j].pos == "PUNCT" and tokens[j].text not in ("’", "'")),
                   len(tokens))
        nouns = [i for i in range(k, end) if tokens[i].pos in ("NOUN", "PROPN")]
        return bool(nouns) and (_source_word(tokens[nouns[-1]], lex) or tokens[nouns[-1]].pos == "PROPN")
    if t.text[:1].isupper() and t.text.lower() not in lex.words("measure_preposition"):
        return True
    return lex.is_title(t.lemma) and k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper()


def _owner_of_carrier(p: Parsed, lex: Lexicon, source: list[int]) -> list[int]:
    """"(according to) a statement from the regional administration", "(согласно)
    заявлению Минобороны": whose statement, not the statement (function_words.txt,
    ``carrier``, and in English the preposition, ``carrier_of``). Without an owner it stays
    ("according to the report"), unless nothing points back at one named before: "согласно
    прогнозу" names no one."""
    tokens = p.tokens

    def carrier(k: int) -> bool:  # (of two words too: "a press release from")
        return _carrier(tokens[source[k]], lex) or (k + 1 < len(source) and source[k + 1] == source[k] + 1 and
                                                    f"{tokens[source[k]].text} {tokens[source[k + 1]].text}".lower()
                                                    in lex.words("carrier"))

    k = 0
    while k < len(source) and not carrier(k) and (
            tokens[source[k]].text.lower() in lex.words("determiner") or tokens[source[k]].pos == "ADJ"):
        k += 1  # "a brief statement by", "краткому сообщению министерства"
    if k >= len(source) or not carrier(k):
        return source
    if not _carrier(tokens[source[k]], lex):
        k += 1  # the second word of two
    k += 1
    if k < len(source) and tokens[source[k]].text.lower() in lex.words("carrier_of"):
        k += 1
    elif lex.words("carrier_of"):
        return source  # "according to the report's authors"
    owner = source[k:]
    if owner and tokens[owner[0]].pos == "ADP":
        return source  # "согласно исследованиям на группах студентов": where, not whose
    return owner if any(tokens[i].pos in ("NOUN", "PROPN") for i in owner) else source


def _only_carriers(p: Parsed, lex: Lexicon, source: list[int]) -> bool:
    """Whether a source names only what carries words, no one's ("the data", "the figures"):
    what it shows, inside what someone says, is theirs ("said the data showed …")."""
    nouns = [i for i in source if p.tokens[i].pos in ("NOUN", "PROPN")]
    return bool(nouns) and all(p.tokens[i].pos == "NOUN" and not p.tokens[i].ent and _carrier(p.tokens[i], lex)
                               for i in nouns)


def _carrier(t: Token, lex: Lexicon) -> bool:
    return t.lemma.lower() in lex.words("carrier") or t.text.lower() in lex.words("carrier")


def _read_located(p: Parsed, lex: Lexicon, first: int, last: int) -> Attribution | None:
    """"В сообщении Минобороны говорится, что Y" / "У заяві СБУ йдеться, що Y": the source
    is where it is said, opening the sentence before the cue."""
    tokens = p.tokens
    k = 0
    while k < first and tokens[k].pos in ("PUNCT", "SYM", "X"):
        k += 1  # an emoji or a bullet
    if k >= first or tokens[k].text.lower() not in lex.words("at_institution"):
        return None
    if tokens[first - 1].text.lower() in lex.words("negation"):
        return None  # "В письме не говорится, что …"
    if last + 1 >= len(tokens) or not (tokens[last + 1].text in (",", ":")
                                       or tokens[last + 1].text.lower() in CLAUSE_MARKS):
        return None  # "В Британии прошли мероприятия, день которых отмечается в …": no statement
    where = list(range(k + 1, first))
    if len(where) > 8 or any(tokens[i].pos == "VERB" or tokens[i].text in (",", ";") for i in where):
        return None
    source = _where_said(p, _trim(p, where))
    j = last + 1
    while j < len(tokens) and (tokens[j].text in (",", ":") or tokens[j].text.lower() in CLAUSE_MARKS):
        j += 1
    content = _trim(p, list(range(j, len(tokens))))
    if not source or not content:
        return None
    return Attribution(p.span_text(first, last), (first, last), source, content, phrase="prep")


def _where_said(p: Parsed, source: list[int]) -> list[int]:
    """"(говорится в) сообщении Минобороны": whose statement it is, not the statement; a
    statement by no one named stays the source ("говорится в исследовании")."""
    if len(source) > 1 and p.tokens[source[0]].pos == "NOUN" and p.tokens[source[0]].text.islower():
        return source[1:]
    return source


def _without_about_this(p: Parsed, lex: Lexicon, content: list[int]) -> list[int]:
    """"Y, об этом говорится в X": Y, without the words that point at it."""
    words = [t.text.lower() for t in p.tokens]
    for phrase in lex.words("about_this"):
        size = len(phrase.split())
        if len(content) > size and " ".join(words[i] for i in content[-size:]) == phrase:
            return _trim(p, content[:-size])
    return content


def _read_as(p: Parsed, lex: Lexicon, first: int, verb: int) -> Attribution | None:
    """"Как сообщил X, Y" / "Як повідомила X, Y" / "As X put it: Y"."""
    tokens = p.tokens
    n = len(tokens)
    j = verb + 1
    while j < n and (tokens[j].text not in (",", ":") or _quoted_comma(p, j)) and not _is_dash(tokens[j].text):
        j += 1
    between = [i for i in _trim(p, list(range(first + 1, verb))) if tokens[i].pos not in ("ADV", "AUX")]
    if any(tokens[i].pos in ("NOUN", "PROPN") or (tokens[i].pos == "PRON" and tokens[i].case in ("nom", ""))
           for i in between) and not any(tokens[i].pos == "PRON" and tokens[i].case not in ("nom", "")
                                         for i in between):
        # (not whom: "Как нам рассказали в МВД", "как его называют")
        # "As one commenter put it: …", "As Kotz put it in a recent post: …": who stands
        # between "as" and the verb, and what follows the verb says where
        after = _trim(p, list(range(j + 1, n)))
        # (ending the sentence, only where the parse shows the verb has no object of its own:
        # "…, как премьер обвинил оппозицию" is how, not what he said)
        content = _around_aside(p, lex, first, verb, after) if after or lex.language == "en" else []
        entry = _verb_cue(p, lex, verb)
        last = verb if entry is not None else verb + 1  # (the phrase's two words: "put it")
        return Attribution(p.span_text(first, last), (first, last), _np_head_part(p, lex, between), content,
                           entry=entry, phrase="as") if content else None
    glued_end = _glued_source_end(p, lex, verb + 1, j)  # "Как сообщает ТАСС в Курске прогремели взрывы"
    glued = glued_end is not None
    if glued:
        j = glued_end
    # "Как пишет FT со ссылкой на источники, …": the citing phrase is another source's; nor
    # is what it is about ("Как пишут авторы о библиотеке: …")
    end = next((k for k in range(verb + 1, j) if _citing_at(p, lex, k)), j)
    end = next((k for k in range(verb + 2, end) if tokens[k].text.lower() in lex.words("topic_mark")), end)
    # (the preposition of an institution by where its people are stays: "Как отметили в
    # Воздушных силах" names the Air Force)
    # (past where it was said: "Как сообщил в своем телеграм-канале военный корреспондент X")
    begin = _after_where(p, lex, verb)
    source = _trim(p, [i for i in range(begin, end) if tokens[i].pos != "ADP" or i > begin
                       or tokens[i].text.lower() in lex.words("at_institution")])
    while source and tokens[source[0]].pos == "PRON" and tokens[source[0]].case == "dat" and len(source) > 1:
        source = source[1:]  # "Как рассказали нам жильцы": whom they told
    opens = source[0] - 1 if source and source[0] > 0 and tokens[source[0] - 1].text in OPENING else None
    told = _quoted_name(p, opens) if opens is not None else None
    if told and told[-1] + 1 < len(tokens) and told[-1] + 1 in source and tokens[told[-1] + 1].pos == "NOUN" and \
            tokens[told[-1] + 1].text.islower():
        source = [i for i in source if i > told[-1]]  # "Як розповіли «Сторожі» мешканці": whom they told
    if not source:
        # "as X said": the source comes between "as" and the verb (not whom: "как им обещали")
        source = [i for i in between if not (tokens[i].pos == "PRON" and tokens[i].case not in ("nom", ""))]
    content = _trim(p, list(range(j if glued else j + 1, n)))
    apposed = _apposed_name(p, content)
    if apposed:
        # "Как рассказала X одна из туристок, москвичка Елена, они …": who she is, not what
        content = [i for i in content if i > apposed[-1]]
    # (ending the sentence: "«Все цели поражены», — как утверждает ведомство")
    content = _around_aside(p, lex, first, verb, content) if content else _before_inverted(p, first)
    if not source or not content:
        return None
    return Attribution(p.span_text(first, verb), (first, verb), _np_head_part(p, lex, source), content,
                       entry=_verb_cue(p, lex, verb), phrase="as")


def _apposed_name(p: Parsed, content: list[int]) -> list[int]:
    """A short apposition opening ``content`` up to a comma: a word for who the source is and
    a name, no verb, before words with a subject of their own ("москвичка Елена, они …"), or
    []."""
    tokens = p.tokens
    comma = next((n for n, i in enumerate(content[:6]) if tokens[i].text == ","), None)
    if not comma or comma + 1 >= len(content):
        return []
    words = [tokens[i] for i in content[:comma]]
    if len(words) > 4 or any(t.pos in ("VERB", "AUX", "PRON", "DET", "ADP") for t in words) or \
            not words[0].text[:1].islower() or not words[-1].text[:1].isupper() or \
            not (words[-1].ent == "PER" or words[-1].name):
        return []
    # (the words after it open with a subject of their own: in "…, президент X, выступая на
    # форуме, заявил …" the name is the subject of what was said)
    return content[:comma + 1] if tokens[content[comma + 1]].pos in ("PRON", "NOUN", "PROPN", "ADJ", "NUM") else []


def _around_aside(p: Parsed, lex: Lexicon, first: int, verb: int, after: list[int]) -> list[int]:
    """What an "as X said" aside at token ``first`` (its verb ``verb``) attributes: the
    words after it, with the words before it when it stands inside the sentence ("Активы
    компании, как пишет Bloomberg, составляют …", "Hawaii, as one adviser noted, does not
    get …"), or the words before it alone when it ends the sentence ("…, as the governor
    said."). With a parse, only the clause it hangs on."""
    tokens = p.tokens
    # (after a colon or a semicolon: "…был баг: у …, как считали разработчики, …")
    start = max((i + 1 for i in range(first) if tokens[i].text in (":", ";")), default=0)
    before = _trim(p, list(range(start, first)))
    run = 0
    while run < len(before) and tokens[before[run]].pos in ("CCONJ", "ADV", "SCONJ", "PART", "PUNCT"):
        run += 1
    if any(tokens[i].pos in ("CCONJ", "ADV", "SCONJ") for i in before[:run]):
        # "Однако, …", "Тем не менее", "Теперь же", "But …": a connective, not the claim's
        # (a particle alone may be the subject: "Это мужчина …")
        before = before[run:]
    if before and p.has_deps and tokens[verb].dep == "advcl" and tokens[verb].head != verb:
        clause = set(p.subtree(tokens[verb].head)) - set(p.subtree(verb))
        before, after = _trim(p, [i for i in before if i in clause]), [i for i in after if i in clause] or after
    if not before:
        return after
    if after and (tokens[after[0]].text in _QUOTES or tokens[after[0] - 1].text in _QUOTES):
        return after  # "…, as The New Yorker put it, “the operator”": the quotation is theirs
    if sum((tokens[i].text == "(") - (tokens[i].text == ")") for i in before) > 0:
        return after  # "(or, as X called them, …)": an aside inside brackets
    if any(_verb_cue(p, lex, i) is not None for i in before) or any(
            last < first for _, last, _ in _phrase_cues(p, lex)):
        # "some note that Trump, as he says, …", "По его словам, это …, как полагают в
        # Вашингтоне, …": the words before are another's claim
        return after
    if not after:
        return before
    if _clause_then_contrast(p, lex, before):
        return after  # "The line was cut, but as engineers said, it is repaired": theirs is the rest
    return before + after


def _citing_at(p: Parsed, lex: Lexicon, k: int) -> bool:
    """Whether a citing phrase ("со ссылкой на", "citing") begins at token ``k``."""
    words = [t.text.lower() for t in p.tokens[k:k + 4]]
    return any(" ".join(words[:len(phrase.split())]) == phrase for phrase in lex.words("citing"))


def _contrast_between(p: Parsed, lex: Lexicon, first: int, last: int) -> bool:
    """Whether a subject at ``first`` and a verb at ``last`` are in two clauses, whatever the
    parse joined: a comma and a conjunction of contrast between them, and after it a word
    that may be the verb's own source ("…, однако в Киеве это назвали ложью", "…, а Хан Дон
    Хун … назвал"); with none, the subject is shared ("X не хочет спорить …, но утверждает")."""
    tokens = p.tokens
    turns = [k for k in range(first + 1, last - 1)
             if tokens[k].text == "," and tokens[k + 1].text.lower() in lex.words("contrast")]
    return bool(turns) and any(
        tokens[j].pos in ("NOUN", "PROPN") or tokens[j].text.lower() in lex.words("at_institution") or
        (tokens[j].pos == "PRON" and tokens[j].dep in SUBJECTS) for j in range(turns[-1] + 2, last))


def _addressee_after_located(p: Parsed, lex: Lexicon, k: int, v: int) -> bool:
    """Whether the word at ``k`` after the plural cue at ``v`` is whom a body named by
    where its people are told it, before what it said: "В военкомате заявили «Ярмедиа», что
    …" (the parse may take it for the subject)."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or k < v or tokens[v].gender != "pl":
        return False
    first = next((i for i in range(v) if tokens[i].pos != "PUNCT"), None)
    if first is None or tokens[first].text.lower() not in lex.words("at_institution"):
        return False
    end = max(p.subtree(k))
    return end + 2 < len(tokens) and tokens[end + 1].text == "," and tokens[end + 2].text.lower() in lex.words("mark")


def _everything_before_plural(p: Parsed, lex: Lexicon, k: int, v: int) -> bool:
    """Whether the word at ``k`` is "everything" (role ``everything``: "всё", "все")
    before the plural verb at ``v``: its object, which the parse may take for its subject."""
    return k < v and p.tokens[v].gender == "pl" and p.tokens[k].text.lower() in lex.words("everything")


def _read_verb(p: Parsed, lex: Lexicon, v: int, entry: Cue) -> Attribution | None:
    """The dependency reader for a cue verb at ``v``."""
    tokens = p.tokens
    cue = tokens[v]
    kids = p.children(v)
    source: list[int] = []
    content: list[int] = []
    agentless = False  # a passive cue with no "by X"
    said_before = False  # the words before the source, the parse's other subject, are what it says
    inverted_whole = False  # the words before the cue are what the source after it says
    by_agent = False  # a passive cue with its "by X": the subject is what X says
    # the subject, or the agent of a passive participle ("reported by X")
    quoted = _spoken(p, quoted_tokens(p, begun_before=True)) if any(tokens[k].dep in SUBJECTS for k in kids if k > v) \
        else set()
    for k in kids:
        if k < v and k in quoted:
            continue  # '“… Full panic mode,” said Leslie Wimes': a word of the quotation, not who
        if tokens[k].dep in SUBJECTS and tokens[k].text.lower() in _RELATIVE and cue.dep in ("relcl", "acl:relcl"):
            source = _extend_left(p, _source_subtree(p, cue.head))  # "an architect who said"
            break
        if tokens[k].dep in SUBJECTS and tokens[k].text.lower() in lex.labels and k + 1 < v and \
                tokens[k + 1].text == ":":
            continue  # "BREAKING: Ukraine's military intelligence says …": a line label, not who
        if tokens[k].dep in SUBJECTS and _everything_before_plural(p, lex, k, v):
            continue  # "В ОВА всё отрицают": what they deny, no subject of a plural verb
        if tokens[k].dep in SUBJECTS and _addressee_after_located(p, lex, k, v):
            continue  # "В военкомате заявили «Ярмедиа», что …": whom it was told
        if tokens[k].dep in SUBJECTS and k < v and _contrast_between(p, lex, k, v):
            continue  # "…, что силы ПВО перехватили …, однако в Киеве это назвали ложью": another clause's
        if tokens[k].dep in SUBJECTS and k < v and lex.language == "en" and v > 0 and tokens[v - 1].text == "," \
                and tokens[k].pos in ("NUM", "PRON", "DET"):
            named_after = [j for j in kids if j > v and tokens[j].dep in SUBJECTS and tokens[j].pos == "PROPN"]
            if named_after:
                # "Seven people were wounded, two of them seriously, said Andriy Kovtunets": the
                # parse gave the cue the words before it as a second subject; the name after it
                # says them all
                source = _source_subtree(p, named_after[0])
                inverted_whole = True
                break
        if tokens[k].dep in SUBJECTS and tokens[k].text.lower() not in ("it", "there"):
            # (with its own words between it and the verb: "…, analysts at X who reviewed the
            # images said")
            later = [j for j in kids if lex.language == "en" and k < j < v and tokens[j].dep in SUBJECTS and
                     any(tokens[c].text == "," for c in range(k, j)) and
                     all(tokens[c].pos == "ADV" or (c in p.subtree(j) and tokens[c].text != ",")
                         for c in range(j + 1, v))]
            if later:
                # "Explosions reported in Belgorod, local officials say": the parse gives the
                # verb two subjects; the one after the comma says the words before it
                k, said_before = later[-1], True
            source = _extend_left(p, _source_subtree(p, k))
            source = _with_name_after(p, kids, source, v)
            apposed = _apposed_source(p, lex, source, v)
            if apposed is not None:
                # "…, a choking agent banned under the convention, the commander of the
                # brigade, Col. Andrii Lytvyn, told X": the parse made the words describing
                # the content's last noun the subject, and the speaker their apposition
                source, said_before = apposed, True
            break
    else:
        # a mis-parsed subject: "Sokil/advmod earlier told …" - a name before the verb
        for k in kids:
            if k < v and tokens[k].pos in ("PROPN", "NOUN") and tokens[k].dep in ("advmod", "npadvmod", "nmod", "dep"):
                source = _extend_left(p, _source_subtree(p, k))
                break
        else:
            # "Perimetr, citing an unnamed source …, claimed that …": the parse gave the
            # subject to the participle set off before the cue
            for k in kids:
                if k < v and tokens[k].dep == "advcl" and tokens[k].text.endswith("ing") and k > 0 and \
                        tokens[k - 1].text == ",":
                    subjects = [c for c in p.children(k) if c < k and tokens[c].dep in SUBJECTS and
                                tokens[c].pos in ("PROPN", "NOUN")]
                    if subjects:
                        source = _source_subtree(p, subjects[0])
                    break
    passive = cue.dep in ("acl", "amod") or any(tokens[k].dep in ("auxpass", "aux:pass") for k in kids) or \
        _short_passive(lex, cue)  # "уровень опасности объявлен"
    if not source or passive:
        for k in kids:
            if tokens[k].dep == "agent" or (tokens[k].dep == "obl" and _has_case(p, k, ("by",))):
                objs = [c for c in p.children(k) if tokens[c].dep in ("pobj", "obj", "nmod")] or [k]
                source = _source_subtree(p, objs[0])
                by_agent = passive
                break
        else:
            if passive and cue.dep in ("acl", "amod"):
                return None
            if passive and lex.language in ("en", "ru"):
                # the subject of a passive cue is what is said, never who says it, nor is
                # the subject of a clause before it: "the images could not be verified",
                # "the minister is reported to have resigned", "«Жёлтый» уровень опасности
                # объявлен в регионе", "Инициатива призвана …"
                source, agentless = [], True
    if not source and not agentless:
        source = _inherited_subject(p, lex, v)
        heads = [i for i in source if tokens[i].pos in ("NOUN", "PROPN", "PRON")]
        if lex.language in ("ru", "uk") and heads and cue.gender == "pl" and not any(
                {"plur", "nomn"} <= r for r in readings(tokens[heads[0]].text, lex.language)):
            source = []  # "Мэр заявил …, но в МЧС сообщили …": one mayor, a plural verb, not his
    if source and source[0] < v and lex.language in ("ru", "uk") and "sing" in grammemes(cue.text, lex.language) and \
            tokens[source[0]].pos == "NOUN":
        nominatives = [r for r in readings(tokens[source[0]].text, lex.language) if "nomn" in r]
        if nominatives and all("plur" in r for r in nominatives):
            # "Взрывы в Севастополе, пишет «Крымский ветер»": plural nouns are no subject of a
            # singular verb (the source is after it)
            source = []
    # the content: clausal complements, split at coordinated clauses later
    comps = [k for k in kids if tokens[k].dep in ("ccomp", "csubj") or
             (tokens[k].dep == "xcomp" and (entry.weak or (entry.denial and tokens[k].pos == "VERB") or (
                 lex.language == "en" and tokens[k].pos == "VERB" and not entry.neutral and
                 cue.dep not in ("relcl", "acl:relcl")))) or  # (not "Diplomats, who asked not to be named, …")
             (tokens[k].dep == "parataxis" and tokens[k].i > v and not _cue_with_subject(p, lex, k))]
    after_cue = bool(comps) and any(k > v for k in comps)
    if after_cue and any(k < v for k in comps) and v + 1 < len(tokens) and tokens[v + 1].text == ";":
        # "One shows three trucks, the group said; in the other …": what it said stands before
        # it, the clause after the semicolon is the writer's
        after_cue, comps = False, [k for k in comps if k < v]
    if after_cue:
        # "My neighbour saw the strike, she says the shop is gone": what follows the cue
        comps = [k for k in comps if k > v]
    held: list[int] = []  # what a relative pronoun stands for, held to be so
    if comps:
        for k in comps:
            content.extend(_clause(p, k, exclude=source))
            if tokens[k].dep == "xcomp" and (tokens[k].pos != "VERB" or lex.language == "en"):
                # "считают эту меру бесполезной": what is held to be so is the object; "urged
                # residents to stay": who is to do it
                for o in (o for o in kids if tokens[o].dep in OBJECTS and o < k):
                    if tokens[o].lemma.lower() in lex.words("relative") and cue.dep in ("relcl", "acl:relcl"):
                        # "партия «X», которую оппозиция считает пророссийской": the party is
                        held = [i for i in p.subtree(cue.head) if i < o and tokens[i].text != ","]
                        while held and (tokens[held[0]].pos == "ADP" or (tokens[held[0]].pos == "CCONJ" and
                                                                          len(held) > 1 and
                                                                          tokens[held[1]].pos == "ADP")):
                            held = held[1:]  # (the noun, not how it joins its clause: "и на складах")
                    else:
                        content.extend(p.subtree(o))
        if after_cue and lex.language != "en":
            # natasha's parse sometimes hangs the subject under the "что" clause
            content = [i for i in content if i > v]
        content = held + content
        block = sorted(set(source) | {v})
        if content and min(content) > v:
            content = _rest_of_sentence(p, lex, v, content, source)
            fronted = [k for k in kids if tokens[k].dep == "dep" and tokens[k].pos in ("NOUN", "PROPN")
                       and source and k < min(source) and tokens[min(source) - 1].text == ","]
            clause = [k for k in comps if k > v]
            if lex.language == "en" and fronted and clause and tokens[clause[0]].pos == "AUX" and not any(
                    tokens[c].dep in SUBJECTS for c in p.children(clause[0])):
                # "The main risk, she told me, is that …": the subject of what she said stands
                # before her, the parser took it for hers
                content = sorted(set(p.subtree(fronted[0])) | set(content))
        if content and max(content) < block[0]:
            # content first ("If …, it will …," James Acton said): everything before the
            # source and cue, not only the parser's complement, then a quotation resumed
            # after the cue ('“A,” he said, “B.”')
            content = list(range(0, block[0]))
            resumed = _quote_after(p, block[-1])
            if resumed is not None:
                content = [i for i in [*content, *range(resumed, len(tokens))] if tokens[i].text not in _QUOTES]
    elif inverted_whole:
        content = _trim(p, list(range(0, v)))
    elif said_before and source:
        content = list(range(0, min(source)))
    elif cue.dep in ("acl", "amod") and passive:
        head = cue.head
        content = [i for i in p.subtree(_clause_root(p, head)) if i not in p.subtree(v)]
    elif cue.dep in ("parataxis", "advcl") and _is_parenthetical(p, v) and not (
            (entry.denial or entry.labels) and any(tokens[k].dep in OBJECTS for k in kids)) and not (
            lex.language == "en" and cue.text.endswith("ing") and _mark_after(p, v) is not None):
        # (not a participle with its own "that": "put the losses higher, saying in a statement
        # that …")
        # (not a denial of its own object: "…, dismissing reports of damage as fakes")
        # the clause it interrupts, whatever word the parser hung it on ("The bridge, the
        # governor said, was/auxpass closed …", "The difference/nsubj now, he told me, is …")
        root = cue.head
        while tokens[root].dep in ("aux", "auxpass", "aux:pass", "cop") and tokens[root].head != root:
            root = tokens[root].head
        if lex.language == "en" and tokens[root].pos not in ("VERB", "AUX"):
            root = _clause_root(p, root)
        content = [i for i in p.subtree(root) if i not in p.subtree(v)]
        aside = [i for i in [*p.subtree(v), *source] if tokens[i].pos != "PUNCT"]
        if aside:
            # the commas that set the aside off are not the claim's ("Эти удары , не остановят")
            content = [i for i in content if i not in (min(aside) - 1, max(aside) + 1) or tokens[i].text != ","]
    else:
        colon = _colon_after(p, v)
        quote = _quote_after(p, v)
        if colon is not None:
            content = list(range(colon + 1, len(tokens)))
        elif quote is not None:
            content = list(range(quote, len(tokens)))  # 'the announcer said, “It’s 3 a.m.”'
        elif "names" in entry.tags:
            # "called X “deplorables”" (X and what it is called), "called for X"; a bare
            # "called X" is a phone call
            named = [k for k in kids if tokens[k].dep in ("oprd", "xcomp", "attr", "acomp", "ccomp")]
            objs = [k for k in kids if tokens[k].dep in OBJECTS]
            asks = [k for k in kids if tokens[k].dep == "prep" and tokens[k].text.lower() in ("for", "on")]
            preps = [k for k in kids if tokens[k].dep == "prep"]
            if named and objs:
                # (with what the parse hung on the verb between them: "called her vote in favor
                # of the war a mistake")
                both = set(p.subtree(objs[0])) | set(p.subtree(named[0]))
                both |= {i for c in kids if min(both) < c < max(both) and tokens[c].dep in ("prep", "obl", "nmod")
                         for i in p.subtree(c)}
                content = sorted(both)
            elif asks:
                content = p.subtree(asks[0])
            elif objs and preps:  # "described the attack as a precision strike"
                content = p.subtree(objs[0]) + [i for k in preps for i in p.subtree(k)]
        else:
            objs = [k for k in kids if tokens[k].dep in OBJECTS]
            if by_agent and not objs:
                # "the death of two soldiers was confirmed by the ministry": what the
                # active voice has for its object
                objs = [k for k in kids if tokens[k].dep in ("nsubjpass", "nsubj:pass")]
            if objs and entry.denial and _anaphoric(p, lex, objs[0]):
                return Attribution(cue.text, (v, v), source, [], entry=entry, denial_of_previous=True)
            if objs and "confirms" in entry.tags and _anaphoric(p, lex, objs[0]) and source:
                return Attribution(cue.text, (v, v), source, [], entry=entry, confirms_previous=True)
            confirmed = objs and "confirms" in entry.tags and tokens[objs[0]].pos != "PRON" and \
                not _anaphoric(p, lex, objs[0])
            # what the subject of a passive names, said by its agent ("The strike was first
            # reported by Reuters"; not a thing that carries words: "The video was posted by …")
            reported = objs and by_agent and not _carrier(tokens[objs[0]], lex) and \
                tokens[objs[0]].pos in ("NOUN", "PROPN")  # (not "a claim that has been corroborated by X")
            if objs and (entry.denial or entry.labels or confirmed or reported):
                # "denied the report", "confirmed the detention": what is denied or confirmed
                # (not "confirmed it", "подтвердил эти данные": what was said before)
                content = p.subtree(objs[0])
                # (an object the parse split in two: "blamed Ukrainian/dobj shelling/dobj",
                # "blamed Ukrainian/dobj shelling/advcl")
                nxt = max(content) + 1
                split_off = [k for k in objs[1:] if k > objs[0]]
                if lex.language == "en" and nxt < len(tokens) and tokens[nxt].head == v and \
                        tokens[nxt].pos in ("NOUN", "VERB") and \
                        (tokens[objs[0]].ent in ("NORP", "GPE") or tokens[objs[0]].pos == "ADJ"):
                    split_off.append(nxt)
                content += [i for k in split_off for i in p.subtree(k)]
                # and of what: "accused X of Y" (a prep), "обвинил X в Y" (an oblique after X);
                # not a hedge set off by a comma ("…, without providing evidence")
                content += [i for k in kids if tokens[k].dep in ("prep", "obl") and k > objs[0]
                            and not (tokens[k - 1].text == "," and comment_on_it(p, lex, k - 1)) for i in p.subtree(k)]
    opened = _quotation_before(p, min([*source, v]))
    between = set(range(min([*source, v]), v)) - set(source)
    if opened and (not content or min(content) > v or (
            # (the parse ran the quotation's last sentence into a participle after the cue:
            # '"A. B," X said, rejecting claims …')
            max(content) > v and _quote_after(p, max([*source, v])) is None)) and \
            all(tokens[i].pos in ("ADV", "DET", "PUNCT") for i in between):
        # '“You winning?” she said, but …': the quotation before the speaker is what is
        # said, though it ends with a question mark the parse took for its own sentence;
        # and the quotation it resumes after the cue ('“A,” he said, “B.”')
        content = opened
        resumed = _quote_after(p, max([*source, v]))
        if resumed is not None:
            content += _trim(p, [i for i in range(resumed, len(tokens)) if tokens[i].text not in _QUOTES])
    if not content and source and min(source) < v:
        mark = _mark_after(p, v)
        if mark is not None and tokens[mark].text != ":":
            # "Девушка сообщила малолетним «гангстерам», что …": the parser hung the clause
            # on the addressee
            content = list(range(mark + 1, _clause_end(p, v)))
    if not content and source and min(source) > v and v > 0 and (
            tokens[v - 1].text in (",", "—", "–", "-") or tokens[v - 1].text in _QUOTES):
        # "X, — сообщил в своем телеграм-канале губернатор Y": the parser hung the
        # comma on the cue and what it said nowhere near it; the words are before the cue
        content = _before_inverted(p, v)
    if not content and source and lex.language == "en" and cue.dep == "conj" and min(source) > 0 and \
            tokens[min(source) - 1].text == "," and cue.head < min(source) and \
            all(tokens[k].dep in ("prep", "advmod", "npadvmod", "punct") for k in kids if k > v):
        # "Two drivers were killed … on Thursday, the head of the administration, X, said in
        # a video address": the parser made the cue a second verb of the clause before it,
        # with nothing to say of its own; that clause is what was said
        content = _before_inverted(p, min(source))
    after_source = [i for i in content if source and i > max(source)]
    if content and after_source and min(content) < v < min(source) and _quote_after(p, max(source)) is None and \
            not any(tokens[i].pos in ("VERB", "AUX") for i in after_source):
        # "…, отметил зампредседателя комитета по экологии, природным ресурсам и …": the
        # words before an inverted cue are what was said, what follows its source is the
        # rest of the source's title, whatever the parse hung it on (not a clause going on
        # past an aside: "The strikes, reported by the ministry, targeted …")
        content = [i for i in content if i < v]
    content = _trim(p, sorted(set(content) - set(source) - {v}))
    content = _drop_apposed_statement(p, lex, content)
    content = _participial_tail(p, lex, content)
    if content and any(tokens[k].text.lower() in ("what", "что", "що") and tokens[k].dep in OBJECTS for k in kids):
        while content and tokens[content[0]].pos == "AUX":  # "what they claim are X"
            content = content[1:]
    if not content and (entry.denial or entry.labels) and cue.dep in ("relcl", "acl:relcl") and \
            _names_a_statement(tokens[cue.head], lex):
        # "…, a claim Ukraine's military has rejected": what was said before, denied
        source = [i for i in source if i > cue.head]
        return Attribution(cue.text, (v, v), source, [], entry=entry, denial_of_previous=True) if source else None
    if not content:
        return Attribution(cue.text, (v, v), source, [], entry=entry) if source else None
    return Attribution(cue.text, (v, v), _np_head_part(p, lex, source), content, entry=entry)


def _apposed_denial(p: Parsed, lex: Lexicon) -> Attribution | None:
    """"…, an allegation Ukraine rejects.", "…, which Russia denies." ending a sentence: a
    denial of the claim before it, whatever the parse made of its verb (spaCy's small
    model reads "allegation Ukraine rejects" as one noun phrase)."""
    tokens = p.tokens
    end = len(tokens)
    while end > 0 and tokens[end - 1].pos == "PUNCT":
        end -= 1
    if lex.language != "en" or end < 6:
        return None
    cue = tokens[end - 1]
    entry = lex.cue_for(cue.text, cue.lemma)
    if entry is None or not entry.denial:
        return None
    for start in range(end - 3, max(end - 7, 1), -1):
        noun, det = tokens[start], tokens[start - 1]
        source = list(range(start + 1, end - 1))
        if det.pos == "DET" and tokens[start - 2].text in (",", "—", "–") and _names_a_statement(noun, lex):
            comma = start - 2  # "…, an allegation Ukraine rejects."
        elif noun.text.lower() == "which" and det.text in (",", "—", "–"):
            # "…, which Russia denies.", "…, which the governor later disputed.", "…, which
            # the alliance has denied." (not "which Kyiv has not denied")
            if any(tokens[i].text.lower() in lex.words("negation") | {"n't"} for i in source):
                return None
            comma, source = start - 1, [i for i in source if tokens[i].pos not in ("ADV", "AUX")]
        else:
            continue
        if source and all(tokens[i].pos in ("PROPN", "NOUN", "PART", "ADJ", "DET") for i in source):
            return Attribution(cue.text, (end - 1, end - 1), source, [], entry=entry, denial_of_previous=True,
                               extra={"set_beside": comma})
    return None


def _names_a_statement(noun: Token, lex: Lexicon) -> bool:
    """"claim", "report", "заявление": a noun naming what someone said."""
    return noun.pos == "NOUN" and (noun.lemma in lex.words("anaphoric")
                                   or lex.cue_for(noun.text, noun.lemma) is not None)


def _object_then_place(p: Parsed, lex: Lexicon, v: int, entry: Cue) -> Attribution | None:
    """"Гибель двух спасателей подтвердили в МЧС", "Інформацію про загибель рятувальників
    підтвердили в ДСНС": a plural cue with no subject of its number before it, and the
    institution by where its people are right after it. What stands before the verb is
    what they say or confirm; the parse (or word order) would make it the source."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or v == 0 or v + 2 >= len(tokens) or not _by_place(p, lex, v + 1, v):
        return None
    if tokens[v - 1].pos == "PUNCT" or tokens[v + 2].pos not in ("NOUN", "PROPN", "ADJ") or \
            {"accuse", "clausal"} & entry.tags:
        return None  # ("обвинили в шпионаже": the charge, not a place; "передали в …": handed over)
    words = [i for i in range(v) if tokens[i].pos != "PUNCT"]
    if not words or tokens[words[0]].pos == "ADP":
        return None  # the institution before the verb: "В Кремле это опровергли"
    head = next((i for i in words if tokens[i].pos in ("NOUN", "PROPN", "PRON")), None)
    if head is None or any(tokens[i].pos == "VERB" for i in words) or (
            tokens[head].case == "nom" and tokens[head].gender == "pl"):
        return None  # a plural subject says it: "Местные жители сообщили в соцсетях"
    source = _np_right(p, lex, v)
    if not source or any(tokens[i].ent == "LOC" for i in source):
        return None  # "объявили в Москве": where, not who
    after = source[-1] + 1
    while after < len(tokens) and tokens[after].text == ",":
        after += 1
    if after < len(tokens) and tokens[after].text.lower() in CLAUSE_MARKS:
        # "Жителям сообщили в аварийных службах, что …": whom they told, then what
        content = _trim(p, list(range(after + 1, len(tokens))))
        return Attribution(tokens[v].text, (v, v), source, content, entry=entry) if content else None
    content = _trim(p, list(range(0, v)))
    if not content:
        return None
    if _points_back(p, lex, content):
        # what was said before: "Эту информацию подтвердили в МЧС", "Це спростували в ЗСУ"
        denies = bool(entry.denial or entry.labels)
        return Attribution(tokens[v].text, (v, v), source, [], entry=entry, denial_of_previous=denies,
                           confirms_previous=not denies)
    return Attribution(tokens[v].text, (v, v), source, content, entry=entry)


def _without_where(p: Parsed, lex: Lexicon, content: list[int]) -> list[int]:
    """A Russian or Ukrainian content without the place it was published in before what it
    is about: "(в соцсетях) о взрывах", "(у своєму телеграм-каналі) про загибель": from the
    ``topic_mark`` preposition on, when only a prepositional phrase with no verb or comma
    stands before it."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or len(content) < 3 or \
            tokens[content[0]].text.lower() not in lex.words("at_institution"):
        return content
    for n, i in enumerate(content[1:6], 1):
        if tokens[i].text.lower() in lex.words("topic_mark"):
            return content[n:] if content[n - 1] == i - 1 else content
        if tokens[i].pos in ("VERB", "AUX", "PUNCT", "ADP", "CCONJ", "SCONJ") or tokens[i].text.lower() in CLAUSE_MARKS:
            return content
    return content


def _read_dash_aside(p: Parsed, lex: Lexicon, v: int, entry: Cue) -> Attribution | None:
    """The writer's aside set off by dashes that interrupts a quotation, the cue at ``v``
    ("«Мы не отступим, — сказал губернатор, — никогда»"): who follows the cue says the
    quotation's words on both sides of it."""
    tokens = p.tokens
    opening = v - 1
    while opening >= 0 and tokens[opening].pos == "ADV":
        opening -= 1
    if opening < 1 or not _is_dash(tokens[opening].text) or tokens[opening - 1].text not in (",", ".", "!", "?", "…"):
        return None
    closing = next((k for k in range(v + 2, min(v + 12, len(tokens)))
                    if _is_dash(tokens[k].text) and tokens[k - 1].text in (",", ".")), None)
    if closing is None:
        return None
    source = _np_head_part(p, lex, [i for i in _np_right(p, lex, v) if i < closing])
    start = max((k + 1 for k in range(opening) if tokens[k].text in _PAIRS), default=0)
    end = next((k for k in range(closing + 1, len(tokens)) if tokens[k].text in _QUOTES), len(tokens))
    content = _trim(p, list(range(start, opening))) + _trim(p, list(range(closing + 1, end)))
    if not source or not content:
        return None
    return Attribution(tokens[v].text, (v, v), source, content, entry=entry)


def _negated(p: Parsed, lex: Lexicon, v: int) -> bool:
    """Whether a negation stands before the cue at ``v``, past adverbs and, in English,
    auxiliaries ("did not say", "has not been independently verified", "не поясняет")."""
    return _negation_before(p, lex, v) != v


def _negation_before(p: Parsed, lex: Lexicon, v: int) -> int:
    """The negation before the cue at ``v`` (see ``_negated``), or ``v`` when there is none."""
    tokens = p.tokens
    k = v - 1
    while k >= 0 and (tokens[k].pos == "ADV" or (lex.language == "en" and tokens[k].pos == "AUX")) and \
            tokens[k].text.lower() not in lex.words("negation"):
        k -= 1
    return k if k >= 0 and tokens[k].pos == "PART" and tokens[k].text.lower() in lex.words("negation") else v


def _infinitive_not_said(p: Parsed, lex: Lexicon, v: int) -> bool:
    """Whether the English cue at ``v`` is an infinitive that says nothing: what a noun is
    for ("Ways to verify if …", "the right to claim"), or what someone declines, is required
    or agrees to do, joined by "and"/"or" too ("declined to threaten Moscow or even declare
    it responsible", "requires local police to tell …"), not under a verb that says it was
    done (``done_infinitive``: "went on to say that …", "took to Twitter to accuse …",
    "forced him to admit that …")."""
    tokens = p.tokens
    if tokens[v].dep in ("acl", "relcl") and tokens[v].head != v and \
            any(tokens[c].text.lower() == "to" and tokens[c].dep == "aux" for c in p.children(v)):
        return True
    k = v
    while tokens[k].dep == "conj" and tokens[k].head != k:
        k = tokens[k].head
    head = tokens[k].head
    return tokens[k].dep == "xcomp" and head != k and tokens[head].pos == "VERB" and \
        tokens[head].lemma.lower() not in lex.words("done_infinitive") and \
        any(tokens[c].text.lower() == "to" and tokens[c].dep == "aux" for c in p.children(k))


def _quoted_comma(p: Parsed, k: int) -> bool:
    """Whether token ``k`` is a comma inside a name in guillemets or curly quotation marks
    opened before it and closed after it ("канал «Осторожно, Москва»")."""
    tokens = p.tokens
    if tokens[k].text != ",":
        return False
    for opening, closing in (("«", "»"), ("“", "”")):
        depth = sum((t.text == opening) - (t.text == closing) for t in tokens[:k])
        if depth > 0 and any(t.text == closing for t in tokens[k + 1:k + 8]):
            return True
    return False


def _question_before(p: Parsed, lex: Lexicon, att: Attribution) -> bool:
    """Whether the words before a Russian or Ukrainian cue open with "what" or another
    question word: an indirect question the source explains ("Что происходит в мозге, когда
    …, объяснили медики", "Как выжить в мороз, рассказал врач"), not a claim."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or not att.content or att.content[0] > att.cue_tokens[0]:
        return False
    first = next((i for i, t in enumerate(tokens) if t.pos != "PUNCT"), None)
    if first is None or first >= att.content[0] + 1 or any(start == first for start, _, _ in _phrase_cues(p, lex)):
        return False  # (nor a cue of its own: "Как стало известно Mash, …")
    if first + 3 < len(tokens) and tokens[first].text.lower() in lex.words("topic_mark") and \
            tokens[first + 1].lemma.lower() in lex.words("topic_pronoun") and tokens[first + 2].text == ",":
        first += 3  # "О том, почему …, рассказывает X": the question is what it is about
    word = tokens[first].text.lower()
    if word in lex.words("mark"):
        # "Что происходит …": "what" and its verb; not "Чтобы купить квартиру, нужно …, пишут"
        # nor "Что Россия готова …" ("that")
        nxt = tokens[first + 1] if first + 1 < len(tokens) else None
        return att.content[0] == first + 1 and nxt is not None and nxt.pos == "VERB" and \
            not any("INFN" in r for r in readings(nxt.text, lex.language))
    return word in lex.words("interrogative")


def _what_not_that(p: Parsed, lex: Lexicon, k: int, source: list[int] = ()) -> bool:
    """Whether the "что"/"що" at ``k`` before a content is "what", not "that": an indirect
    question ("рассказывают, что делать", "рассказал, что помогло им вырасти"). The parse
    makes it the subject of a clause whose own subject is left out too ("заявил, что уже
    извинялся"), so only where its verb says so: an infinitive, or a past neuter singular
    (not "было": "рассказали, что было слышно …"). In English "that" as a subject is a
    demonstrative ("he says that is not true")."""
    tokens = p.tokens
    if k < 0 or lex.language not in ("ru", "uk") or not p.has_deps or \
            tokens[k].text.lower() not in lex.words("mark") or tokens[k].dep not in ("nsubj", "obj", "mark"):
        return False
    verb = tokens[tokens[k].head]
    found = readings(verb.text, lex.language)
    if tokens[k].dep == "mark":
        # the parse read it as "that": only a past neuter verb right after it, with no subject
        # of its own and no neuter source whose verb it could be, makes it "what"
        # ("рассказывают, что помогло им вырасти"; not "посольство сообщило, что связалось …")
        return tokens[k].head == k + 1 and bool(found) and all({"past", "neut", "sing"} <= r for r in found) and \
            verb.lemma not in lex.words("copula") and \
            not any(tokens[c].dep in SUBJECTS or tokens[c].dep == "nsubj:pass" for c in p.children(verb.i)) and \
            not any(tokens[i].pos in ("NOUN", "PROPN") and tokens[i].gender == "n" for i in source) and \
            not any(tokens[c].dep == "obj" and tokens[c].case in ("acc", "gen") and _animacy(tokens[c], lex) == "anim"
                    for c in p.children(verb.i))  # (an impersonal verb: "говорят, что ранило стрелочника")
    return bool(found) and verb.lemma not in lex.words("copula") and (
        all("INFN" in r for r in found) or all({"past", "neut", "sing"} <= r for r in found))


def _cue_with_subject(p: Parsed, lex: Lexicon, k: int) -> bool:
    """Whether token ``k`` is a cue verb with a subject of its own: a second attribution the
    parse hung on the first ("Страны заявляют о готовности …, заявил Песков"), not what
    the first says."""
    return _verb_cue(p, lex, k) is not None and any(p.tokens[c].dep in SUBJECTS for c in p.children(k))


def _what_it_is(p: Parsed, first: int, end: int) -> bool:
    """Whether the English words from ``first`` up to ``end`` are a noun phrase that says
    what the subject before them is, an article opening it: "a Washington-based think
    tank", "the country's largest producer"."""
    tokens = p.tokens
    relative = next((k for k in range(first + 2, end) if tokens[k].text.lower() in ("who", "whose", "which", "that")
                     and tokens[k - 1].pos in ("NOUN", "PROPN")), None)
    if relative is not None and end - relative <= 15 and \
            not any(tokens[k].text in (",", ";") for k in range(first, end)):
        end = relative  # "a Russian war correspondent whose channel has more than 500,000 subscribers"
    words = range(first, end)
    return 2 <= end - first <= 9 and tokens[first].text.lower() in ("a", "an", "the") and \
        tokens[end - 1].pos in ("NOUN", "PROPN") and all(
            tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "PART") or tokens[k].text in ("-", "'s", "’s")
            or (tokens[k].pos == "VERB" and tokens[k].dep == "amod") or (tokens[k].pos == "ADP" and k > first + 1)
            for k in words)


def _title_of(p: Parsed, lex: Lexicon, first: int, end: int) -> bool:
    """Whether the English words from ``first`` up to ``end`` are a title and whose it is,
    with no article: "head of the regional military administration", "spokesman for the
    ministry"."""
    tokens = p.tokens
    return 1 <= end - first <= 10 and tokens[first].text.islower() and lex.is_title(tokens[first].lemma) and all(
        tokens[k].pos in ("DET", "ADJ", "NOUN", "PROPN", "ADP", "PART") or tokens[k].text in ("-", "'s", "’s")
        for k in range(first, end))


def _before_adverbial(p: Parsed, lex: Lexicon, last: int) -> int:
    """The token before a phrase of several words that says when or in what turn, ending at
    ``last`` ("Z-канали тим часом пишуть", "МИД в свою очередь заявил"; role
    ``adverbial``), or ``last``."""
    words = [t.text.lower() for t in p.tokens[:last + 1]]
    for phrase in lex.words("adverbial"):
        parts = phrase.split()
        if words[len(words) - len(parts):] == parts and len(words) > len(parts):
            return last - len(parts)
    return last


def _own_place_before(p: Parsed, lex: Lexicon, last: int) -> int | None:
    """The token before a place of the speaker's own ending at ``last``: a preposition,
    "своём" (role ``own``) and the nouns and adjectives after it ("у своєму каналі", "в
    своём Telegram-канале"), with the places before and after it in one chain ("у заяві на
    своїй сторінці у Facebook"); None when none ends there."""
    tokens = p.tokens
    # (a chain of places: "у заяві на своїй сторінці у Facebook")
    run = last
    chain = ("NOUN", "PROPN", "ADJ", "ADP", "DET", "PRON")
    while run > 0 and last - run < 9 and (tokens[run - 1].pos in chain or
                                          tokens[run - 1].lemma.lower() in lex.words("own")):
        run -= 1
    own = [k for k in range(run + 1, last)
           if tokens[k].lemma.lower() in lex.words("own") and tokens[k - 1].pos == "ADP"]
    if not own or tokens[last].pos not in ("NOUN", "PROPN"):
        return None
    first = next((k for k in range(run, own[0]) if tokens[k].pos == "ADP" and all(
        tokens[j].pos in chain for j in range(k, own[0]))), own[0] - 1)
    return first - 1


def _label_then_claim(p: Parsed, lex: Lexicon, att: Attribution) -> list[int]:
    """What a label calls false when it comes first and the claim after it ("назвала ложью
    утверждение, что журналист выдавал себя за волонтёра"): the clause after the claim's
    word; [] otherwise."""
    tokens, content = p.tokens, att.content
    if att.entry is None or not att.entry.labels or len(content) < 3:
        return []
    between = [tokens[i].text.lower() for i in range(att.cue_tokens[1] + 1, content[0])]
    if lex.has_denial_word(set(between)) and set(between) & lex.words("claim_noun"):
        return content  # (the label and the claim's word already left out: "назвав брехнею твердження, що …")
    if len(content) < 5 or not lex.has_denial_word({tokens[content[0]].text.lower()}):
        return []
    for n in (1, 2):
        k = content[n] if n < len(content) else None
        if k is not None and tokens[k].text.lower() in lex.words("claim_noun") and k + 2 < len(tokens) and \
                tokens[k + 1].text == "," and tokens[k + 2].text.lower() in lex.words("mark"):
            return _trim(p, [i for i in content if i > k + 2])
    return []


def _without_reported_speech_particle(p: Parsed, lex: Lexicon, content: list[int]) -> list[int]:
    """A content without the particle of reported speech and its comma opening it ("мол, дети
    едут …"): it marks the words as the source's, at the writer's distance (a hedge, read
    from between the cue and the words), and is no part of them."""
    tokens = p.tokens
    if len(content) > 3 and tokens[content[0]].text.lower() in lex.words("reported_speech") and \
            tokens[content[1]].text == ",":
        return content[2:]
    return content


def _said_words(p: Parsed, lex: Lexicon, idx: list[int]) -> bool:
    """Whether a noun phrase names what was said: its first word after a determiner is a
    claim's word ("Заяви окупантів про …", "Ці повідомлення")."""
    said = lex.words("claim_noun") | lex.words("anaphoric")
    for i in idx:
        t = p.tokens[i]
        if t.text.lower() in said or t.lemma.lower() in said:
            if t.pos in ("NOUN", "PROPN"):
                return True
            continue  # ("Ці", "эти": a pointer before the noun)
        return False
    return False


_HANDLE = re.compile(r"@\w+")


def _before_asides(p: Parsed, lex: Lexicon, last: int, v: int) -> int:
    """The token before what stands between a subject and its cue at ``v`` without being
    either, ending at ``last``: a phrase of role ``adverbial``, a word of role ``modal``
    alone or between commas ("В ОВА, разумеется, отрицают"), "everything" before a plural
    cue ("всё отрицают")."""
    tokens = p.tokens
    while last >= 0:
        found = _before_adverbial(p, lex, last)
        if found != last:
            last = found
        elif _everything_before_plural(p, lex, last, v) or tokens[last].text.lower() in lex.words("modal") or (
                lex.language in ("ru", "uk") and tokens[last].pos == "ADP" and
                any("ADVB" in r for r in readings(tokens[last].text, lex.language))):
            last -= 1  # (an adverb the dictionary reads as a preposition first: "Данилишин раніше заявив")
        elif last >= 2 and tokens[last].text == "," and tokens[last - 1].text.lower() in lex.words("modal") and \
                tokens[last - 2].text == ",":
            last -= 3
        elif (own := _own_place_before(p, lex, last)) is not None:
            last = own
        else:
            return last
    return last


def _read_verb_by_order(p: Parsed, lex: Lexicon, v: int, entry: Cue) -> Attribution | None:
    """Word order only: "X said (that) Y", "Y, — said X", "X: Y"."""
    tokens = p.tokens
    if _short_passive(lex, tokens[v]):
        return None  # what stands before it is what is said ("Инициатива призвана …")
    n = len(tokens)
    before = _before_asides(p, lex, v - 1, v)
    negation = lex.words("negation")
    while before >= 0 and (tokens[before].pos == "ADV" or (tokens[before].pos == "PART" and (
            tokens[before].text.lower() not in negation or "confirms" in entry.tags or "negated" in entry.tags)) or (
            tokens[before].pos == "AUX" and tokens[before].lemma == "be" and tokens[v].text.lower().endswith("ing"))):
        # "Sokil earlier told", "також заявив", "Байден также утверждает", "пока не подтвердили";
        # the progressive: "bloggers are claiming a breakthrough" (not a passive, "was accused
        # of", nor a verb with its own auxiliary, "would add $84 billion")
        before -= 1
    left = _np_left(p, lex, before + 1)
    if left and all(_everything_before_plural(p, lex, i, v) for i in left):
        left = []  # "В ОВА всё отрицают": what they deny, no subject of a plural verb
    unnamed = next((i for i in left if tokens[i].pos == "ADP" and lex.says_unnamed(
        tokens[j].text for j in left if j >= i)), None)
    if unnamed is not None:
        left = [i for i in left if i < unnamed]  # "Посадовці (на умовах анонімності) розповіли"
    if not left and before > 0 and tokens[before].text == ",":
        # "Українські військові, які побажали залишитися анонімними, розповіли": the subject
        # before a relative clause set off by commas, or a short aside ("Голова ОВА Іван
        # Федоров, у свою чергу, наголосив")
        opening = _comma_before(p, before, max(-1, before - 20))
        # (a short aside with no verb, ", у свою чергу,", a handle in it one word: ", зокрема канал @x_y,")
        handles = [m.span() for m in _HANDLE.finditer(p.text, tokens[opening + 1].start, tokens[before - 1].end)] \
            if opening is not None and opening + 1 < before else []
        inside = [k for k in range(opening + 1, before) if not any(a < tokens[k].start < b for a, b in handles)] \
            if opening is not None else []
        aside = opening is not None and len(inside) <= 5 and not any(
            tokens[k].pos in ("VERB", "PUNCT") and tokens[k].text != "@" and tokens[k].text not in _QUOTES
            for k in inside)  # (a name in quotation marks: "Власник ТРЦ, компанія «Верес», теж підтвердив")
        if opening is not None and not aside and lex.language == "en" and _mark_after(p, v) is not None:
            # "The Harwell Institute, a Washington-based think tank, assessed … that …" (with
            # what opens a clause after it: "X, the nominee's daughter, noted the rule" says none)
            aside = _what_it_is(p, opening + 1, before)
        if opening is not None and not aside:
            # (or one that says the source is not named: "Два посадовці, побажавши залишитися
            # анонімними, заявили")
            aside = lex.says_unnamed(tokens[k].text for k in range(opening + 1, before))
        described = _described_name(p, list(range(opening, before))) if opening is not None and not any(
            tokens[k].ent == "PER" or tokens[k].name for k in range(opening)) else []
        if opening is not None and (tokens[opening + 1].text.lower() in lex.words("relative") or aside or described):
            subject = _np_left(p, lex, opening)
            # (only the subject opening the sentence: in "…, пострадали в ДТП, который …,
            # сообщили в МЧС" the noun before the clause is no speaker)
            # (or where its people are: "У правозахисній організації «Колиска», яка …, вважають")
            if subject and all(tokens[i].pos in ("CCONJ", "PUNCT", "PART") or (
                    i == subject[0] - 1 and tokens[i].text.lower() in lex.words("at_institution") and
                    tokens[v].gender == "pl") for i in range(0, subject[0])):
                left = subject + described  # (with his name after it: "Блогер, автор каналу Іван Смирнов,")
        titled = (_titled_name_before(p, lex, opening, before) or
                  _name_then_description_before(p, lex, opening, before)) if opening is not None and not left else None
        if titled is not None:
            # "…, the region's governor, Vitalii Hrebeniuk, said.": the title and the name set off
            # by commas at the end are who; the words before them are what was said
            source, first = titled
            content = _before_inverted(p, first)
            # (where and when it was said after the cue: "said in a report published on Thursday")
            if content and all(tokens[i].pos in ("ADP", "NOUN", "DET", "PUNCT", "ADJ", "NUM", "PROPN") or
                               tokens[i].text == "." or (tokens[i].pos == "VERB" and tokens[i].dep == "acl")
                               for i in range(v + 1, n)):
                return Attribution(tokens[v].text, (v, v), source, content, entry=entry)
    inherited = False  # the speaker of the cue before, read as it was (not checked as a subject again)
    if not left and before > 1 and tokens[before].pos == "CCONJ" and tokens[before - 1].text == ",":
        left = _speaker_of_cue_before(p, lex, before - 1, v)  # "Мер повідомив, що …, і закликав …"
        inherited = bool(left)
    elif not left and before > 1 and tokens[before].pos == "CCONJ" and lex.language in ("ru", "uk") and \
            _mark_after(p, v) is not None:
        left = _speaker_of_cue_before(p, lex, before, v)  # "заперечують втрату і запевняють, що …"
        inherited = bool(left)
    if not left and before > 1 and tokens[before].text == "," and _gerund(lex, tokens[v]):
        left = _speaker_after_cue_before(p, lex, before)  # "Про це повідомив мер X, додавши, що …"
    if left and lex.language in ("ru", "uk") and (entry.denial or entry.labels) and left[0] >= 2 and \
            tokens[left[0] - 1].pos == "CCONJ" and tokens[left[0] - 2].text == "," and \
            _plural_before_singular(p, lex, left[:1], v):
        # "Речник наголосив, що …, а заяви Міноборони РФ назвав «брехнею»": a plural noun
        # (whoever's, the names after it) is no subject of a singular verb; the speaker of the
        # cue before goes on, and what he calls so is the object before the verb
        speaker = _speaker_of_cue_before(p, lex, left[0] - 2, v)
        if speaker:
            called = _trim(p, [*left, *range(v + 1, _clause_end(p, v))])
            return Attribution(tokens[v].text, (v, v), speaker, called, entry=entry)
    if left and p.has_deps and lex.language in ("ru", "uk") and not any(
            tokens[i].text.lower() in lex.words("at_institution") for i in range(max(0, left[0] - 1), left[-1])) \
            and any(left[-1] in p.subtree(k) for k in p.children(v) if tokens[k].dep in OBJECTS and k < v):
        # "обязательства подразделения Stoli Group оценили в …": a name inside the object (an
        # institution by where its people are is read below: "В Кремле это опровергли")
        left = []
    at = left[0] - 1 if left else -1
    inner = next((i for i in left[1:-1] if tokens[i].text.lower() in lex.words("at_institution")), None)
    if inner is not None and all(tokens[i].pos == "ADP" or (tokens[i].pos == "PRON" and tokens[i].case != "nom") or
                                 (tokens[i].pos == "NOUN" and tokens[i].case == "dat" and tokens[v].gender == "pl")
                                 for i in left if i < inner):
        # "У нас в чате пишут": в чате; "Маме в соцзащите сказали": whom they told, then who
        at, left = inner, [i for i in left if i > inner]
    elif inner is not None and (entry.denial or entry.labels) and tokens[v].gender == "pl" and \
            _said_words(p, lex, [i for i in left if i < inner]) and tokens[inner + 1].text[:1].isupper():
        # "Заяви окупантів про загиблих у Силах оборони назвали вигадкою": what was said
        # (whose, about what) first, then the institution by where its people are
        called = _trim(p, [i for i in left if i < inner])
        label = _words_up_to_punctuation(p, v + 1, 3)
        denies = bool(entry.denial) or lex.has_denial_word({w.lower() for w in label})
        located = [i for i in left if i >= inner]
        if denies and len(called) <= 2:
            # "Ці заяви у Силах оборони назвали вигадкою": what was said before, denied
            return Attribution(tokens[v].text, (v, v), located, [], entry=entry, denial_of_previous=True)
        return Attribution(tokens[v].text, (v, v), located, called, entry=entry,
                           extra={"denies": True} if denies else {})
    # (after a conjunction: "…, но в МЧС сообщили"; after whose place: "У нас в чате пишут")
    # (or after an opening word set off by a comma: "Нагадаємо, раніше у X повідомили", "Напомним, …")
    opener = next((i for i in range(min(at, 3)) if tokens[i].text == ","), None) if at > 0 else None
    start = opener + 1 if opener is not None and opener <= 2 else 0
    # (or after a headline's colon: "Тарифы вырастут: в Кремле заявили, что …")
    # (or after words that say when: "Утром в 147-й бригаде заявили")
    # (or after whom they told, in the dative: "Маме в соцзащите сказали, что …")
    opens_clause = not any(t.pos not in ("PUNCT", "ADV", "CCONJ", "ADP", "PRON", "NUM") and not _says_when(t, lex)
                           and not (t.case == "dat" and t.pos == "NOUN") for t in tokens[start:at]) or (
        at >= 2 and tokens[at - 1].pos == "CCONJ" and tokens[at - 2].text == ",") or (
        at >= 1 and tokens[at - 1].text in (":", ";"))
    if at >= 0 and _by_place(p, lex, at, v) and opens_clause:
        # "В Кремле заявили, что …", "У Генштабі заявили": the institution, by where its people are
        # (with "это" between the institution and the verb: "В ВСУ это опровергают")
        back = next((i for i in range(left[0], v) if tokens[i].text.lower() in lex.words("anaphoric")), None)
        if (entry.denial or entry.labels or "confirms" in entry.tags) and back is not None and \
                _points_back(p, lex, [i for i in range(back, v) if tokens[i].pos != "ADV"]):
            # "В Кремле эти заявления назвали фейком": what was said before, denied (or
            # confirmed: "В МЧС эту информацию подтвердили")
            denies = bool(entry.denial or entry.labels)
            source = [i for i in range(at, back) if i in left or i == at]
            said = _trim(p, list(range(v + 2, n))) if v + 1 < n and tokens[v + 1].text == ":" else []
            if said:
                # "У компанії X це заперечують: на базі зберігали лише дизель": what they say instead
                return Attribution(tokens[v].text, (v, v), source, said, entry=entry)
            return Attribution(tokens[v].text, (v, v), source, [],
                               entry=entry, denial_of_previous=denies, confirms_previous=not denies)
        # the verb's object before it is not the institution: "В США иранца обвинили в …"
        moved = [i for i in left if p.has_deps and tokens[i].head == v and tokens[i].dep in OBJECTS]
        if moved:
            # what is said of it is about it: "(В школе) парня считали тихим"
            left = [i for i in left if i < moved[0]]
            return Attribution(tokens[v].text, (v, v), [at, *left],
                               _trim(p, [i for i in range(moved[0], n) if i != v]), entry=entry)
        # (not whom they told: "В Кремле нам ответили")
        left = [at, *(i for i in left if not (tokens[i].pos == "PRON" and tokens[i].case not in ("nom", "")))]
    elif inherited:
        pass  # "У штабі ці закиди назвали маніпуляцією і наголосили, що …": the body by where its people are
    elif left and lex.language == "uk" and "Impe" in grammemes(tokens[v].text, "uk"):
        # the Ukrainian impersonal ("оголошено", "повідомлено") has no subject: in "У н.п.
        # Мала Токмачка оголошено тривогу" the town is where, not who
        left = []
    elif left and lex.language in ("ru", "uk") and not (
            # (a woman's surname the dictionary reads as a man's in the genitive first, before a
            # feminine verb: "Шадрина также назвала …")
            len(left) == 1 and tokens[v].gender == "f" and tokens[left[0]].text[:1].isupper() and
            tokens[left[0]].text[-1:] in ("а", "я")) and not any(
            ((p.tokens[i].case in ("nom", "") or "Fixd" in grammemes(p.tokens[i].text, lex.language))
             and (p.tokens[i].pos in ("NOUN", "PROPN", "PRON") or (i == left[-1] and _plural_nominative(p, lex, i))
                  or ((len(left) == 1 or (i == left[0] and tokens[left[1]].pos == "ADP" and
                                            lex.kind_of_word(tokens[i].lemma.lower()) == "anonymous"))
                      and _nominative_adjective(p, lex, i)) or _one_of(p, lex, i)
                  or (p.tokens[i].pos == "NUM" and i < left[-1] and not p.tokens[i].text[:1].isdigit())))
            or (i == left[-1] and tokens[v].gender == "pl" and _speakers_in_plural(p, lex, i))
            for i in left):
        # (an indeclinable name is in every case: "Минобороны России … сообщило о …"; an
        # adjective standing for people is the head: "Українські військові … розповіли"; so
        # is a numeral with the noun it counts: "Двоє прикордонників розповіли"; so is a noun
        # for speakers that may be a nominative plural before a plural verb: "Страны заявляют")
        left = []  # "підозру оголосили …": an object before the verb, not its subject
    elif left and lex.language in ("ru", "uk") and _no_subject_of_plural(p, lex, left, v):
        left = []  # "Рабаданова обвиняют в …": one man, a plural verb with no subject - he is accused
    elif left and lex.language in ("ru", "uk") and _plural_before_singular(p, lex, left, v):
        left = []  # "Вночі було збито три дрони повідомив мер": the drones report nothing
    if left and lex.language in ("ru", "uk"):
        inverted = _object_then_subject(p, lex, left, v)
        if inverted is not None:
            return Attribution(tokens[v].text, (v, v), _np_head_part(p, lex, inverted), _trim(p, left), entry=entry)
    if not left and _opens_with_dropped_subject(p, lex, v, entry):
        # "Говорит, всю ночь бахало": the one the sentence before named says it (the reader
        # of the document finds them there)
        content = _trim(p, list(range(v + 2, n)))
        if content:
            return Attribution(tokens[v].text, (v, v), [], content, entry=entry, extra={"dropped": True})
    if not left and tokens[v].gender == "pl":
        # "Там також запевняють, що …": where its people are, a body the sentence before gave
        left = [i for i in range(v) if tokens[i].text.lower() in lex.words("there") and all(
            tokens[k].pos in ("ADV", "PART") for k in range(v) if k != i)][:1]
    j = v + 1
    mark = _mark_after(p, v)
    if left and lex.language == "en" and mark is None and _only_when_after(p, lex, v):
        # "Y, Ukraine's Coordination Headquarters for … said on Friday, after …": a subject
        # set off by a comma, and after the cue only when it spoke: what it said is before
        opening = left[0] - 1
        while opening > max(0, left[0] - 5) and tokens[opening].text != "," and (
                tokens[opening].pos in ("PROPN", "NOUN", "DET") or tokens[opening].text in ("'s", "’s")):
            opening -= 1
        if opening > 0 and tokens[opening].text == ",":
            content = _before_inverted(p, opening + 1)
            if content:
                return Attribution(tokens[v].text, (v, v), list(range(opening + 1, left[-1] + 1)), content,
                                   entry=entry)
    if left:
        if mark is not None:
            content = list(range(mark + 1, n))
        elif j < n and tokens[j].text == ",":
            content = list(range(j + 1, n))
        else:
            content = list(range(j, n))
        later = next((i for i in content if _attribution_starts(p, lex, i)), None)
        if later is not None:
            content = [i for i in content if i < later]  # "…, local media said."
        content = _trim(p, [i for i in content if i < _clause_end(p, v)])
        if not content:
            content = _before_inverted(p, left[0])
        return Attribution(tokens[v].text, (v, v), _np_head_part(p, lex, left), content, entry=entry)
    # inverted: content before a comma or dash, source after the cue
    if before >= 0 and tokens[before].text not in (",", "—", "–", "-") and tokens[before].text not in _QUOTES:
        return None
    # (not a verb that never puts its subject after it: in "Trump, appearing …, cited
    # problems in …" what follows is its object)
    right = _np_right(p, lex, v) if entry.lemma not in lex.words("not_inverted") else []
    if len(right) > 1 and lex.language in ("ru", "uk") and p.has_deps and tokens[right[0]].head == v and \
            tokens[right[0]].dep in OBJECTS and tokens[right[0]].text.islower() and \
            tokens[right[1]].text[:1].isupper() and _no_nominative(tokens[right[0]], lex):
        # "— прокомментировала ситуацию Парастаева": what she commented on (a word that cannot
        # be the subject), then who
        right = right[1:]
    if not right and tokens[v].gender == "pl" and v + 1 < n and tokens[v + 1].text.lower() in lex.words("there") and \
            (v + 2 == n or tokens[v + 2].pos == "PUNCT"):
        right = [v + 1]  # "«…», — наголосили там.": where its people are, a body the sentence before gave
    if right:
        content = _before_inverted(p, v)
        if mark is not None and not content:
            content = _trim(p, list(range(mark + 1, n)))
        return Attribution(tokens[v].text, (v, v), _np_head_part(p, lex, right), content, entry=entry)
    earlier = _earlier_subject(p, lex, before, v)
    # (or a clause of its own right after the comma: "Брат служит там, говорит, южную часть ещё
    # не взяли")
    # (or a verbless one after a relative's word: "…, говорит, в больнице их человек сорок")
    spoken = mark is None and v + 2 < n and tokens[v + 1].text == "," and (
        any(tokens[i].pos in ("VERB", "AUX") for i in range(v + 2, n)) or (
            bool(earlier) and sum(tokens[i].pos != "PUNCT" for i in range(v + 2, n)) >= 3))
    if earlier and spoken:
        mark = v + 1
    if earlier and mark is not None:
        # "Мой брат живёт в Белогоровке, говорит, что …": the subject of the clause before
        content = _trim(p, list(range(mark + 1, n)))
        return Attribution(tokens[v].text, (v, v), earlier, content, entry=entry) if content else None
    return None


def _cited_reason(p: Parsed, lex: Lexicon, first: int, last: int) -> Attribution | None:
    """"The court blocked the sale, citing a threat to public health": a reason the subject
    of the main verb gives; None when what is cited is a source ("citing two officials")."""
    objects = [k for k in p.children(first) if p.tokens[k].dep in OBJECTS] if p.has_deps else []
    content = _trim(p, p.subtree(objects[0])) if objects else []
    if not content or _names_sources(p, lex, content) or any(p.tokens[i].ent == "PER" for i in content[:3]) or \
            _carrier(p.tokens[objects[0]], lex):
        return None  # (nor what carries a statement: "citing air defence data")
    source = _inherited_subject(p, lex, first)
    if not source:
        return None
    # (a reason given, neither a label nor a charge: its words' "unfounded" is no denial)
    return Attribution(p.span_text(first, last), (first, last), source, content,
                       entry=Cue(p.tokens[first].lemma, frozenset()))


def _names_sources(p: Parsed, lex: Lexicon, content: list[int]) -> bool:
    """Whether a content is only who was cited: a noun phrase headed by a source word or
    a name ("unnamed officials", "two sources familiar with the matter", "Reuters")."""
    tokens = p.tokens
    # (a relative clause describes who: "two officials, who spoke on condition of anonymity")
    described = {i for k in content if tokens[k].dep in ("relcl", "acl:relcl") for i in p.subtree(k)} \
        if p.has_deps else set()
    if not content or any(tokens[i].pos in ("VERB", "AUX") for i in content if i not in described):
        return False
    nouns = [i for i in content if tokens[i].pos in ("NOUN", "PROPN")]
    return bool(nouns) and (_source_word(tokens[nouns[0]], lex) or tokens[nouns[0]].ent in ("PER", "ORG"))


def _one_of(p: Parsed, lex: Lexicon, i: int) -> bool:
    """"Один з користувачів", "одна из жительниц": the numeral "one" heading a share of a
    group of people named after it (not "один из главных выводов")."""
    tokens = p.tokens
    return tokens[i].lemma == "один" and tokens[i].pos in ("NUM", "ADJ") and i + 2 < len(tokens) and \
        tokens[i + 1].pos == "ADP" and tokens[i + 2].case == "gen" and (
            _animacy(tokens[i + 2], lex) == "anim" or _source_word(tokens[i + 2], lex))


def _speaker_of_cue_before(p: Parsed, lex: Lexicon, comma: int, v: int) -> list[int]:
    """The subject of the last cue before ``comma``, read by word order, when the cue at
    ``v`` after ", і" goes on with the same speaker: a verb of the same number, the subject
    opening the sentence ("Речник ОВА розповів, що …, і додав, що …")."""
    tokens = p.tokens
    for k in range(comma - 1, -1, -1):
        entry = _verb_cue(p, lex, k)
        if entry is None or tokens[k].pos != "VERB" or (tokens[k].gender == "pl") != (tokens[v].gender == "pl"):
            continue
        att = _read_verb_by_order(p, lex, k, entry)
        if att is not None and att.source and att.source[0] < k and \
                all(tokens[i].pos in ("CCONJ", "PUNCT", "ADV", "ADP") or _says_when(tokens[i], lex)
                    for i in range(0, att.source[0])):
            return att.source  # (after when: "Ще в четвер воєнкор X оприлюднив відео …, і стверджував, що …")
        return []
    return []


def _gerund(lex: Lexicon, t: Token) -> bool:
    """A Russian or Ukrainian adverbial participle ("говоря", "додавши")."""
    return lex.language in ("ru", "uk") and "GRND" in grammemes(t.text, lex.language)


def _speaker_after_cue_before(p: Parsed, lex: Lexicon, comma: int) -> list[int]:
    """The source of the last cue before ``comma`` when it stands after that cue and ends
    at the comma: whose the gerund after the comma is ("Про це повідомив мер Ігор Сапожко,
    додавши, що …", "Об этом сообщил губернатор X, уточнив, что …")."""
    for k in range(comma - 1, -1, -1):
        entry = _verb_cue(p, lex, k)
        if entry is None or p.tokens[k].pos != "VERB":
            continue
        att = _about_previous(p, lex, k, entry) or _read_verb_by_order(p, lex, k, entry)
        if att is not None and att.source and att.source[0] > k and att.source[-1] == comma - 1:
            return att.source
        return []
    return []


def _short_passive(lex: Lexicon, t: Token) -> bool:
    """A Russian short passive participle ("объявлен", "призвана"): its subject is what is
    said, not who says it."""
    return lex.language == "ru" and "PRTS" in grammemes(t.text, "ru")


def _no_subject_of_plural(p: Parsed, lex: Lexicon, left: list[int], v: int) -> bool:
    """Whether the noun before a plural Russian or Ukrainian cue cannot be its subject: a
    singular word with no plural nominative (an indeclinable name may be: "МЧС сообщили"),
    not joined to another ("Иванов и Петров заявили"), nor a share of a group ("часть
    экспертов считают"); or the parse's object of the cue."""
    tokens = p.tokens
    if p.has_deps and tokens[left[-1]].head == v and tokens[left[-1]].dep in OBJECTS:
        return True
    head = next((i for i in left if tokens[i].pos in ("NOUN", "PROPN")), None)  # "Мешканці Ромнів"
    if head is None or tokens[v].gender != "pl" or tokens[head].text.isascii() or tokens[head].dep == "conj" or \
            (left[0] > 0 and tokens[left[0] - 1].pos == "CCONJ") or \
            any(tokens[i].pos == "CCONJ" or (tokens[i].pos == "NUM" and not tokens[i].text[:1].isdigit()) or
                tokens[i].lemma in lex.words("quantifier") for i in left):
        return False  # (a Latin name's number the dictionary cannot tell; "Россия и Казахстан"; "Двоє прикордонників")
    found = readings(tokens[head].text, lex.language)
    return bool(found) and not any("Fixd" in r or {"plur", "nomn"} <= r for r in found)


def _plural_before_singular(p: Parsed, lex: Lexicon, left: list[int], v: int) -> bool:
    """Whether the noun phrase before a singular Russian or Ukrainian cue can only be plural
    (no reading of its nouns in the nominative singular, no indeclinable name): not its
    subject."""
    tokens = p.tokens
    if tokens[v].gender not in ("m", "f", "n") or any(_one_of(p, lex, i) for i in left):
        return False  # ("Один из инженеров написал": one of them)
    nouns = [i for i in left if tokens[i].pos in ("NOUN", "PROPN", "PRON")]  # (not "После операции она")
    return bool(nouns) and all(
        tokens[i].text.islower() and (found := readings(tokens[i].text, lex.language)) and
        not any("Fixd" in r or ("nomn" in r and "plur" not in r) for r in found) for i in nouns)


def _aside_by_order(p: Parsed, lex: Lexicon, v: int, entry: Cue) -> Attribution | None:
    """English "A, X said, B" by word order: a name or title between a comma and the cue,
    and a comma right after it; the claim is A and B."""
    tokens = p.tokens
    if lex.language in ("ru", "uk"):
        return _inverted_aside_by_order(p, lex, v, entry)
    if lex.language != "en" or v + 2 >= len(tokens) or tokens[v + 1].text != "," or entry.denial or entry.labels:
        return None
    left = _np_left(p, lex, v)
    if not left or len(left) > 6 or left[0] < 2 or tokens[left[0] - 1].text != "," or \
            not any(tokens[i].pos in ("PROPN", "NOUN", "PRON") for i in left):
        return None
    before = _trim(p, list(range(0, left[0] - 1)))
    after = _trim(p, [i for i in range(v + 2, len(tokens)) if tokens[i].text not in _QUOTES])
    if not before or not after:
        return None
    going_on = tokens[after[0]]
    if going_on.pos == "VERB" and going_on.text.endswith("ing") and (
            not p.has_deps or going_on.head == v or going_on.dep == "advcl"):
        return None  # "A, Reuters reported, citing two officials": the cue's own participle, not B
    opening = tokens[before[0]]
    if not any(tokens[i].text in _QUOTES for i in range(0, left[0])) and (
            opening.text.lower() in lex.words("time_mark") or (opening.pos == "VERB" and opening.text.endswith("ed"))):
        return None  # "When pressed, the mayor said, …", "Asked about it, X said, …": when, not what
    before = [i for i in before if tokens[i].text not in _QUOTES]
    return Attribution(tokens[v].text, (v, v), _np_head_part(p, lex, left), before + after, entry=entry)


def _inverted_aside_by_order(p: Parsed, lex: Lexicon, v: int, entry: Cue) -> Attribution | None:
    """Russian and Ukrainian "A, cue X, B" by word order: the cue right after a comma, who
    said it right after the cue and then a comma, and the claim going on after it with a
    verb ("Эти удары, заявил губернатор, не остановят …"); the claim is A and B."""
    tokens = p.tokens
    if v < 2 or tokens[v - 1].text != "," or entry.denial or entry.labels or _short_passive(lex, tokens[v]):
        return None  # (after a passive, what was done: "…, добавлено 985857 строк кода, удалено …")
    right = _np_right(p, lex, v)
    if not right or right[-1] + 2 >= len(tokens) or tokens[right[-1] + 1].text != "," or \
            all(_no_nominative(tokens[i], lex) for i in right if tokens[i].pos in ("NOUN", "PROPN")):
        return None  # (what it did, no subject: "…, опублікував карту, на якій …")
    before = _trim(p, list(range(0, v - 1)))
    after = _trim(p, list(range(right[-1] + 2, len(tokens))))
    if not before or not after or not any(tokens[i].pos == "VERB" for i in after) or \
            tokens[right[-1] + 2].text.lower() in CLAUSE_MARKS or \
            (p.has_deps and any(tokens[k].dep in SUBJECTS and k < v for k in p.children(v))) or \
            _verb_cue(p, lex, right[-1] + 2) is not None:
        # ("Экс-сотрудник, не работающий там, сообщил РИА Новости, что …": whom he told, then
        # what; "…, повідомив мер X, додавши, що …": what he added is his next claim)
        return None
    return Attribution(tokens[v].text, (v, v), _np_head_part(p, lex, right), before + after, entry=entry)


def _told_after_clause(p: Parsed, lex: Lexicon, v: int) -> bool:
    """Whether a Russian or Ukrainian cue with no subject of its own stands between two
    commas after a clause whose subject says it ("Знакомый живет рядом, говорит, во дворе
    стояли пикапы"): what follows the second comma is said."""
    tokens = p.tokens
    # (not a gerund, "Такую мысль озвучил Милонов, заявив, что …", nor a cue with its clause's
    # mark, read by the parse)
    return 1 < v < len(tokens) - 2 and tokens[v - 1].text == "," and tokens[v + 1].text == "," and \
        tokens[v + 2].text.lower() not in CLAUSE_MARKS and not _gerund(lex, tokens[v]) and \
        not any(tokens[k].dep in SUBJECTS for k in p.children(v)) and bool(_earlier_subject(p, lex, v - 1, v))


def _subject_opening(p: Parsed, lex: Lexicon, verb: int) -> list[int]:
    """The noun phrase before a verb, past the adverbs and particles between them ("Кума там
    ночувала", "Гаркуша уже записал"), by word order."""
    first = verb
    while first > 1 and p.tokens[first - 1].pos in ("ADV", "PART"):
        first -= 1
    return _np_left(p, lex, first)


def _earlier_subject(p: Parsed, lex: Lexicon, comma: int, v: int) -> list[int]:
    """The subject opening the sentence, of a verb in the clause before the comma at
    ``comma``, when a Russian or Ukrainian cue after it has none of its own and agrees
    with it in number ("Мой брат живёт в X, говорит, что …")."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or comma <= 1 or tokens[comma].text != ",":
        return []
    # (the Ukrainian dictionary may read a verb as a noun first: "Мій брат живе у …")
    verbs = [i for i in range(1, comma) if tokens[i].pos == "VERB" or (
        lex.language == "uk" and tokens[i].pos == "NOUN" and tokens[i].text.islower() and any(
            "VERB" in r for r in readings(tokens[i].text, lex.language)))]
    # (one clause before the comma: not "Эпштейн не имеет опыта, и часть …, по словам …, была
    # поражена (один источник, впрочем, сказал, что …)")
    if any(tokens[i].text in (",", ";", ":", "(", ")") or _is_dash(tokens[i].text) for i in range(0, comma)):
        return []
    # a relative's word opening the clause: "Дочь у меня там с сентября, говорит, …"
    # (after whose the relative is: "У мене теща в Старохолмську, каже, …", "Моя соседка там
    # санитаркой, говорит, …")
    at = 0
    while at < min(2, comma - 2) and (tokens[at].pos in ("ADP", "PRON", "DET") or
                                      tokens[at].text.lower() in lex.words("our")):
        at += 1

    def kin_word(t: Token) -> bool:
        # (animate by any reading: "Кума" is a river first to the dictionary)
        return t.pos in ("NOUN", "ADJ") and t.case == "nom" and lex.kind_of_word(t.lemma.lower()) == "anonymous" \
            and any("anim" in r for r in readings(t.text, lex.language)) and t.gender != "pl"

    # (or the one such word after what she did: "Мне звонила мама парня из второго взвода, говорит, …")
    kins = [i for i in range(comma) if kin_word(tokens[i])]
    if not kin_word(tokens[at]) and len(kins) == 1 and not any(
            tokens[i].case == "nom" and tokens[i].pos in ("NOUN", "PROPN") for i in range(comma) if i != kins[0]):
        at = kins[0]
    kin = kin_word(tokens[at]) and tokens[v].gender != "pl"
    if not verbs:
        return [at] if kin else []  # (a clause with no verb)
    subject = _subject_opening(p, lex, verbs[0])
    # (a noun, or an adjective the lexicons know as one who speaks: "Знакомый живет …")
    heads = [i for i in subject if tokens[i].case == "nom" and (tokens[i].pos in ("NOUN", "PROPN") or (
        tokens[i].pos == "ADJ" and _source_word(tokens[i], lex)))]
    if not subject or subject[0] != 0 or not heads:
        # (one with a verb the relative is the subject of: "Сусід наш черговим на станції був,
        # каже, …", "Мне звонила мама парня из второго взвода, говорит, …")
        return [at] if kin else []
    plural = tokens[v].gender == "pl"
    head = heads[0]
    return subject if (tokens[head].gender == "pl") == plural else []


# -- helpers ---------------------------------------------------------------------------


_PAIRS = {"“": "”", "«": "»", "„": "“", "‘": "’", '"': '"'}  # an opening mark -> the one that closes it


def _spoken(p: Parsed, quoted: set[int]) -> set[int]:
    """The quoted tokens of quotations that end like words spoken (``_ends_spoken``)."""
    tokens = p.tokens
    out: set[int] = set()
    run: list[int] = []
    for i in sorted(quoted):
        if run and i != run[-1] + 1:
            out.update(_if_spoken(tokens, run))
            run = []
        run.append(i)
    out.update(_if_spoken(tokens, run))
    return out


def _if_spoken(tokens: list[Token], run: list[int]) -> list[int]:
    close = run[-1] + 1 if run else len(tokens)
    return run if close < len(tokens) and _ends_spoken(tokens, close) else []


def _ends_spoken(tokens: list[Token], close: int) -> bool:
    """Whether the closing mark at ``close`` ends words spoken: punctuation before it, or a
    comma or dash after it ('“…,” said X', '«…», — заявил'); not a name ('"Уральские
    авиалинии" сообщили')."""
    return tokens[close - 1].text in (",", ".", "!", "?", "…") or (
        close + 1 < len(tokens) and tokens[close + 1].text in (",", "—", "–"))


def quoted_tokens(p: Parsed, begun_before: bool = False) -> set[int]:
    """Tokens inside quotation marks that open and close within the sentence; with
    ``begun_before``, also those before a closing mark when the sentence begins inside a
    quotation ('Full panic mode,” said X', after '“The campaign is in panic.')."""
    tokens = p.tokens
    inside: set[int] = set()
    k = 0
    first = next((j for j, t in enumerate(tokens) if t.text in _QUOTES and t.text not in "'‘’"), None) \
        if begun_before else None
    if begun_before and first is not None and first > 0 and tokens[first].text in ("”", "»", '"') and (
            tokens[first - 1].text == "," or (first + 1 < len(tokens) and tokens[first + 1].text in (",", "—", "–"))):
        inside.update(range(first))
        k = first + 1
    for opening, closing in _quotations(p, k):
        inside.update(range(opening + 1, closing))
    return inside


def _quotations(p: Parsed, k: int = 0) -> list[tuple[int, int]]:
    """The opening and closing marks of the quotations that open and close in the sentence
    from token ``k`` on."""
    tokens = p.tokens
    found = []
    while k < len(tokens):
        opening = tokens[k].text
        closing = _PAIRS.get(opening)
        if closing is None:
            k += 1
            continue
        end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == closing
                    or (closing == "“" and tokens[j].text == "”")), None)
        if end is None and opening == "“":
            # typography mixed in one sentence: '“Immunity deals …," Chaffetz said, adding …
            # "like candy."' (the straight mark closes the curly one, not a quotation of its
            # own; in «…» straight marks are a quotation inside it)
            end = next((j for j in range(k + 1, len(tokens)) if tokens[j].text == '"'), None)
        if end is None:
            k += 1
            continue
        found.append((k, end))
        k = end + 1
    return found


def _whole_quotations(p: Parsed, found: list[Attribution]) -> None:
    """A content that takes in the start and the end of a quotation takes all of it: the
    parse may hang words of a quoted phrase elsewhere ("назвал марш «PR-акцией, целевой
    аудиторией которой является не …, а немецкие медиа и политики»" kept only the ends);
    not over a cue or a source inside it («Мы не отступим, — сказал губернатор, — никогда»)."""
    said_by = {i for att in found for i in (*att.source, *range(att.cue_tokens[0], att.cue_tokens[1] + 1))}
    quotations = _quotations(p)
    for att in found:
        content = set(att.content)
        for opening, closing in quotations:
            inner = set(range(opening + 1, closing))
            if {opening + 1, closing - 1} <= content and not inner <= content and not inner & said_by:
                att.content = sorted(content | inner)
                content = set(att.content)


def _left_open_after_colon(p: Parsed) -> set[int]:
    """Tokens of a quotation opened after a colon and not closed in the sentence: it runs on
    into the next one ("Он сказал: «Я не знаю, почему люди считают …. Это просто»")."""
    tokens = p.tokens
    for k in range(1, len(tokens)):
        closing = _PAIRS.get(tokens[k].text)
        if closing is not None and tokens[k - 1].text == ":":
            if any(t.text == closing for t in tokens[k + 1:]):
                return set()
            return set(range(k + 1, len(tokens)))
    return set()


def _merge(p: Parsed, primary: Attribution | None, fallback: Attribution) -> Attribution:
    if primary is None or ((fallback.denial_of_previous or fallback.confirms_previous) and not primary.source):
        return fallback  # "В Киеве эти данные называют пропагандой": what was said before
    if primary.source and fallback.source and set(primary.source).isdisjoint(fallback.source):
        if not primary.content and set(primary.source) <= set(fallback.content) and p.sentence.language == "en" \
                and p.tokens[primary.cue_tokens[0]].dep == "conj":
            # the parse gave the cue a subject from the clause before and nothing said, which
            # word order reads as what was said: "Men are being detained …, Storozha, a human
            # rights group, said in a report"
            return fallback
        # two readings of the sentence: "X, the author of Y, wrote a guide" read in word
        # order as inverted ("…, wrote X") makes X's apposition the content
        return primary
    if not primary.source:
        primary.source = fallback.source
        if not set(primary.content).isdisjoint(fallback.source) and (
                max(primary.content) < primary.cue_tokens[0] or
                any(p.tokens[i].pos in ("NOUN", "PROPN") for i in fallback.source)):
            # (words that hold who says them were a misreading: "UPD: В Автодоре нам
            # сообщили, что …" parsed with "UPD: В Автодоре нам" for what was said, "A,
            # подтвердили источники X" with "источники X"; but not a pronoun the reading in
            # word order took for an inverted source: "…, saying he “has offended …”")
            primary.content = []
    if not primary.content:
        primary.content = fallback.content
    return primary


def _split_coordinated(p: Parsed, lex: Lexicon, att: Attribution) -> list[Attribution]:
    """"said that A and that B": two claims with one cue."""
    split = _split_by_parse(p, lex, att)
    return split if len(split) > 1 else _split_by_order(p, lex, att)


def _split_by_order(p: Parsed, lex: Lexicon, att: Attribution) -> list[Attribution]:
    """"said A, and that B", "заявив, що A, і що B" by word order, where the parse did not
    split them (or there is none): a conjunction and the mark of what is said after the cue
    (role ``declarative_mark``: not "or if …"), a verb on each side, the mark no subject ("and
    that was outrageous" is the writer's "that")."""
    tokens = p.tokens
    if not att.content or att.phrase or att.content[0] < att.cue_tokens[1]:
        return [att]
    content = att.content
    for n, j in enumerate(content[1:-2], start=1):
        after = tokens[j + 1]
        if tokens[j].pos != "CCONJ" or tokens[j].text.lower() in lex.words("contrast") or \
                after.text.lower() not in lex.words("declarative_mark") or j + 1 not in content or \
                (p.has_deps and after.dep in SUBJECTS) or (
                    tokens[j + 2].pos in ("VERB", "AUX", "PART") and not _verb_of_its_own(lex, tokens[j + 2])):
            continue
        first, second = content[:n], [i for i in content[n:] if i > j + 1]
        verbs = ("VERB", "AUX")
        if any(tokens[i].pos in verbs for i in first) and any(tokens[i].pos in verbs for i in second):
            return [Attribution(att.cue, att.cue_tokens, att.source, _trim(p, part), att.entry, att.phrase)
                    for part in (first, second)]
    return [att]


def _verb_of_its_own(lex: Lexicon, t: Token) -> bool:
    """Russian and Ukrainian: whether a verb right after "и что" / "і що" has a subject of its
    own, not "что" ("і що домовлялися про 150 на 150": they agreed), as a plural or a verb of
    a person has; "и что было" is "and what was"."""
    tags = grammemes(t.text, lex.language)
    return lex.language in ("ru", "uk") and t.pos == "VERB" and not {"neut", "impr"} & tags and \
        t.lemma.lower() not in lex.words("copula")


def _split_by_parse(p: Parsed, lex: Lexicon, att: Attribution) -> list[Attribution]:
    if not p.has_deps or not att.content or att.phrase:
        return [att]
    tokens = p.tokens
    said_marks = lex.words("declarative_mark")  # (not "or if …": one condition after another)
    content = set(att.content)
    roots = [i for i in att.content if tokens[i].head not in content or tokens[i].head == i]
    # (or the second a conjunct of the cue: "said A, but that B", the comma and conjunction
    # hung on the cue too)
    clauses = [r for r in roots if tokens[r].pos not in ("PUNCT", "CCONJ")]
    if len(clauses) == 2 and all(tokens[r].head == att.cue_tokens[0] for r in clauses) and \
            tokens[clauses[0]].dep == "ccomp" and tokens[clauses[1]].dep in ("ccomp", "conj"):
        roots = clauses
        # "утверждает, что A и что B": the parse hangs both clauses on the cue, one after the
        # other, the second opening with "и что" (not "а", "но": a contrast of the writer's may
        # follow, and the parse of those is seldom two whole clauses)
        # (split by word order where the second begins: the parse may hang a word of the
        # second on the first, "и что никакого оружия на борту не было", and read its mark as a
        # subject)
        joint = min(set(p.subtree(roots[1])) & content)
        if tokens[joint].text.lower() in said_marks and joint - 1 in content and tokens[joint - 1].pos == "CCONJ":
            joint -= 1  # (the conjunction hung on the cue: "…, but that B")
        first = [i for i in att.content if i < joint]
        second = [i for i in att.content if i > joint + 1]
        # (an English "but that" is the speaker's too)
        if first and len(second) > 1 and roots[0] < joint and tokens[joint].pos == "CCONJ" and \
                (tokens[joint].text.lower() not in lex.words("contrast") or lex.language == "en") and \
                joint + 1 in content and tokens[joint + 1].text.lower() in said_marks and \
                not (lex.language == "en" and tokens[joint + 1].dep in SUBJECTS):  # (not "and that’s nowhere near")
            return [Attribution(att.cue, att.cue_tokens, att.source, _strip_conj(p, _trim(p, part)), att.entry,
                                att.phrase) for part in (first, second)]
    if len(roots) != 1:
        return [att]
    root = roots[0]
    # "that A and that B", "что A и что B": each conjunct repeats the clause mark
    # (or whatever the parse made of the mark right after the conjunction: "and that/det repairs
    # would take several days")
    parts = [k for k in p.children(root) if tokens[k].dep == "conj" and k in content and (
             any(tokens[c].dep == "mark" and tokens[c].text.lower() in said_marks for c in p.children(k)) or (
                 (first := min(p.subtree(k))) > 0 and tokens[first].text.lower() in said_marks and
                 tokens[first].dep not in SUBJECTS and  # (not "…, but that was a really outrageous tweet")
                 tokens[first - 1].pos == "CCONJ" and tokens[k].pos in ("VERB", "AUX")))]
    if not parts:
        return [att]
    out = []
    taken: set[int] = set()
    for k in parts:
        sub = set(p.subtree(k)) & content
        taken |= sub
    first = _trim(p, sorted(content - taken))
    if first:
        out.append(Attribution(att.cue, att.cue_tokens, att.source, _strip_conj(p, first), att.entry, att.phrase))
    for k in parts:
        sub = _trim(p, sorted(set(p.subtree(k)) & content))
        if sub:
            out.append(Attribution(att.cue, att.cue_tokens, att.source, _strip_conj(p, sub), att.entry, att.phrase))
    return out or [att]


def _strip_conj(p: Parsed, idx: list[int]) -> list[int]:
    tokens = p.tokens
    while idx and (tokens[idx[0]].pos in ("CCONJ", "SCONJ") or (
            tokens[idx[0]].text.lower() in CLAUSE_MARKS and not _is_subject(p, idx[0]))):
        idx = idx[1:]
    while idx and (tokens[idx[-1]].pos in ("CCONJ",) or tokens[idx[-1]].text in (",", ";")):
        idx = idx[:-1]
    return _trim(p, idx)


def _source_subtree(p: Parsed, k: int) -> list[int]:
    """The subject's span, without relative clauses and trailing appositive comments."""
    tokens = p.tokens
    idx = p.subtree(k)
    cut = set()
    for i in idx:
        if tokens[i].dep in ("relcl", "acl:relcl") and i != k:
            cut.update(p.subtree(i))
    idx = [i for i in idx if i not in cut]
    inside = set(idx)
    # a word of the phrase the parse hung elsewhere ("глава Харьковской областной военной
    # администрации Олег Синегубов", "Харьковской" on an earlier noun) is still in it
    idx = sorted(inside | {i for i in range(k, max(idx, default=k)) if i not in inside and i not in cut
                           and tokens[i].pos in ("ADJ", "NOUN", "PROPN") and tokens[i].case not in ("nom", "")
                           and i + 1 in inside})
    # keep one contiguous run around the head
    run = [i for i in idx if abs(i - k) <= len(idx)]
    out = []
    for i in run:
        if out and i != out[-1] + 1:
            if i > k:
                break
            out = []
        out.append(i)
    while out and tokens[out[-1]].text in (",", "—", "-", "(", ")"):
        out.pop()
    return out


def _rest_of_sentence(p: Parsed, lex: Lexicon, v: int, content: list[int], source: list[int]) -> list[int]:
    """"said (that) X": X runs to the end of the sentence, whatever the parser attached
    elsewhere ("said when she is hiring, she ensures …"), up to a following attribution
    (", adding that …", ", according to …"), also one the parse ran into the clause (",
    Минобороны эту информацию пока не подтверждало")."""
    tokens = p.tokens
    first = min(content)
    start = v + 1
    # the clause's first word, past the punctuation the parse put in it (", что …")
    opening = first
    while opening + 1 < len(tokens) and tokens[opening].pos == "PUNCT":
        opening += 1
    marks = [k for k in range(v + 1, opening + 1) if tokens[k].text.lower() in CLAUSE_MARKS and not _is_subject(p, k)]
    if not marks:
        # "reported, citing a source in the SBU, that …": an aside between the cue and "that"
        # (the mark of the cue's own clause, not of one inside it, nor inside a quotation:
        # 'replied, "It will help, whether …"')
        marks = [k for k in content if tokens[k].dep == "mark" and tokens[k].text.lower() in CLAUSE_MARKS
                 and k > v + 2 and tokens[k - 1].text == "," and tokens[v + 1].text == "," and
                 tokens[v + 2].text not in _QUOTES and tokens[tokens[k].head].head == v][:1]
    if marks:
        start = marks[0] + 1
    elif any(tokens[k].dep in OBJECTS or tokens[k].dep in ("dative", "iobj") for k in range(v + 1, first)):
        start = first  # "told reporters the bridge …": the addressee is not the claim
    end = len(tokens)
    if tokens[v].dep in ("advcl", "ccomp", "relcl", "acl", "acl:relcl") and tokens[v].head != v:
        # "While Moscow claims X, Ukrainian sources …": a cue in a subordinate clause says
        # no more than that clause
        end = max(p.subtree(v)) + 1
        opening = min(p.subtree(v)) - 1
        if tokens[v].dep in ("relcl", "acl:relcl") and opening > 0 and tokens[opening].text in ("--", *_DASHES):
            # "the study -- which notes that … -- should be …": the clause set off by dashes
            # runs to the closing one, whatever the parse hung elsewhere
            end = next((k for k in range(v + 1, len(tokens)) if tokens[k].text == tokens[opening].text), end)
    for k in range(min(content) + 1, min(end, len(tokens) - 1)):
        if _attribution_starts(p, lex, k) or _contrast_of_the_writer(p, lex, k, start):
            end = k
            break
    return [i for i in range(start, end) if i not in source]


def _contrast_of_the_writer(p: Parsed, lex: Lexicon, k: int, start: int) -> bool:
    """Whether ", but" at ``k`` opens a clause of its own (a subject and its verb) after
    reported words that are not quoted: the writer's, not the speaker's ("Instant polls
    showed Clinton was the winner, but instant polls are not a measure of …"). English:
    quoted words go on whatever they say ('"The bridge is damaged, but it is standing"')."""
    tokens = p.tokens
    if lex.language != "en" or not p.has_deps or tokens[k].text != "," or k + 2 >= len(tokens) or \
            tokens[k + 1].text.lower() not in lex.words("contrast"):
        return False
    if any(tokens[i].text in _QUOTES for i in range(start, min(len(tokens), k + 40))):
        return False
    if tokens[k + 2].text.lower() in CLAUSE_MARKS:
        return False  # "said A, but that B": the speaker's "that" goes on
    # the clause's verb (the parse hangs "but" on the verb before it) and a subject of its
    # own that names something (not a pronoun going on about the same: "but it is standing")
    verb = next((j for j in range(k + 2, len(tokens)) if tokens[j].pos in ("VERB", "AUX") and
                 tokens[j].dep == "conj"), None)
    return verb is not None and any(tokens[c].dep in SUBJECTS and c > k + 1 and tokens[c].pos in ("NOUN", "PROPN")
                                    for c in p.children(verb))


def _addressee_taken_for_speaker(p: Parsed, lex: Lexicon, v: int, att: Attribution) -> bool:
    """Russian and Ukrainian: the parse's subject right after the cue, then ", что", while what
    it would say is the words before the cue, which open with a subject in the nominative
    ("Источник в переговорной группе, знакомый с ходом консультаций, сообщил РосВести, что …"):
    the name after the cue is whom it was told, and word order reads the rest."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or not att.source or min(att.source) != v + 1 or not att.content or \
            max(att.content) > v:
        return False
    after = max(att.source) + 1
    return after + 1 < len(tokens) and tokens[after].text == "," and \
        tokens[after + 1].text.lower() in lex.words("mark") and tokens[0].pos == "NOUN" and \
        tokens[0].case == "nom" and not any(tokens[i].pos in ("VERB", "AUX") for i in range(v))


def _object_then_subject(p: Parsed, lex: Lexicon, left: list[int], v: int) -> list[int] | None:
    """Russian and Ukrainian: "Загибель генерала підтвердив і воєнкор Денис Шалімов": a noun
    before a past-tense cue of another gender is what is said, and the noun phrase after the
    cue (past "і", "также"), of the cue's gender, says it. Its tokens, or None."""
    tokens = p.tokens
    head = left[0] if tokens[left[0]].pos == "NOUN" else None
    gender = tokens[v].gender
    if head is None or gender not in ("m", "f") or tokens[head].gender not in ("m", "f", "n") or \
            tokens[head].gender == gender or tokens[head].case not in ("nom", "acc") or \
            lex.is_title(tokens[head].lemma) or any(tokens[i].ent or tokens[i].name for i in left) or \
            "past" not in grammemes(tokens[v].text, lex.language):
        return None  # (a title or a name before the cue is its subject: "Уповноважений … Тарас Білик назвав")
    k = v + 1
    while k < len(tokens) and (tokens[k].pos in ("CCONJ", "PART") or tokens[k].text.lower() in lex.words("also")):
        k += 1
    right = _np_right(p, lex, k - 1) if k > v + 1 else _np_right(p, lex, v)
    agrees = [i for i in right if tokens[i].pos in ("NOUN", "PROPN") and (
        tokens[i].gender == gender or tokens[i].ent == "PER" or tokens[i].name)]
    return right if agrees and tokens[right[0]].case in ("nom", "") else None


def _opens_with_dropped_subject(p: Parsed, lex: Lexicon, v: int, entry: Cue) -> bool:
    """Russian and Ukrainian: a verb only the living speak with opening the sentence in the
    singular, a comma or colon right after it ("Говорит, …", "Каже: …"), or any cue in the
    plural before "что" or a colon ("Пишут, что …"): its subject is in the sentence before."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or v + 2 >= len(tokens) or tokens[v + 1].text not in (",", ":") or \
            not all(tokens[k].pos in ("PUNCT", "CCONJ", "PART", "ADV") for k in range(v)) or \
            {"1per", "2per"} & grammemes(tokens[v].text, lex.language):
        return False
    if tokens[v].gender == "pl" or "plur" in grammemes(tokens[v].text, lex.language):
        # (in the plural, what they write or say, "Пишут, что …": the people the sentence
        # before names, "Подписчики присылают видео", when it names a crowd)
        return all(tokens[k].pos in ("PUNCT", "CCONJ") for k in range(v)) and (  # (not "Там сказали:")
            tokens[v + 2].text.lower() in lex.words("mark") or tokens[v + 1].text == ":")
    return "animate" in entry.tags


def dropped_subject(p: Parsed, lex: Lexicon, gender: str = "") -> list[int] | None:
    """Who a sentence names for the next one's "Говорит, …": the one noun in the nominative
    the lexicons know for an unnamed person ("У меня мать в Ивняках", "Кум в аэропорту
    работает"), or the one name, of the cue's ``gender`` when it has one; None when there is
    none or more than one ("… поучаствовал и Жириновский, которого Егоров поймал …")."""
    tokens = p.tokens
    if gender == "pl":
        crowds = [[t.i] for t in tokens if t.pos == "NOUN" and t.case in ("nom", "") and t.gender == "pl" and
                  lex.kind_of_word(t.lemma.lower()) in ("crowd", "anonymous")]
        return crowds[0] if len(crowds) == 1 else None
    found: list[list[int]] = []
    for t in tokens:
        if found and t.ent == "PER" and tokens[found[-1][-1]].ent == "PER" and found[-1][-1] == t.i - 1:
            found[-1].append(t.i)  # (one name of several words)
        elif t.pos in ("NOUN", "PROPN") and t.case in ("nom", "") and t.gender != "pl" and (
                t.ent == "PER" or lex.kind_of_word(t.lemma.lower()) in ("anonymous", "person")):
            found.append([t.i])
    if len(found) != 1 or (gender in ("m", "f") and not any(tokens[i].gender in (gender, "") for i in found[0])):
        return None
    return found[0]


def _closes_whom_clause(p: Parsed, lex: Lexicon, k: int) -> bool:
    """Whether the comma at ``k`` closes "тим, хто …" / "тем, кто …" after a pronoun in an
    oblique case: the verb after it is the clause's own ("що тим, хто не відчинив двері,
    пообіцяли …"), no later speaker's."""
    tokens = p.tokens
    opening = next((c for c in range(k - 1, max(0, k - 12), -1) if tokens[c].text == ","), None)
    if opening is None or opening == 0 or tokens[opening + 1].text.lower() not in lex.words("relative"):
        return False
    # (the pronoun by the dictionary: the parse may take "тем" for a conjunction)
    pronoun = tokens[opening - 1]
    return lex.language in ("ru", "uk") and any(
        ("NPRO" in r or "Apro" in r or "npro" in r or "apro" in r) and not ({"nomn", "v_naz"} & r)
        for r in readings(pronoun.text.lower(), lex.language))


def _attribution_starts(p: Parsed, lex: Lexicon, k: int) -> bool:
    """Whether a comma or dash at ``k`` opens a later attribution, which ends a content:
    ", adding …", "— заявили в Госдепе", ", according to …", a short subject and its
    cue that end the sentence (", local media said."), a clause of its own joined by a
    conjunction, with its subject, cue and what opens its words (", and several users
    claimed that …", ", а жители пишут, что …"), or a cue right after the conjunction
    (", і спростував чутки …", ", but did not say …": the same speaker's next cue)."""
    tokens = p.tokens
    n = len(tokens)
    # (after a noun phrase, not a subordinator: "признал вину, хотя и утверждает, что …" is one claim)
    if lex.language in ("ru", "uk") and tokens[k].pos == "CCONJ" and k + 2 < n and k > 0 and (
            tokens[k - 1].pos in ("NOUN", "PROPN", "NUM", "PRON") or tokens[k - 1].text in _QUOTES) and \
            tokens[k + 1].pos == "VERB" and \
            lex.cue_for(tokens[k + 1].text, tokens[k + 1].lemma) is not None and \
            (tokens[k + 2].text.lower() in CLAUSE_MARKS or tokens[k + 2].text in (",", ":")):
        return True  # "заперечують втрату гелікоптера і запевняють, що …": the speaker's next cue
    if not (tokens[k].text == "," or _is_dash(tokens[k].text)):
        return False
    j = k + 2 if tokens[k].text == "," and k + 2 < n and _is_dash(tokens[k + 1].text) else k + 1
    if j >= n or _closes_whom_clause(p, lex, k):
        return False
    if (tokens[j].pos != "ADJ" and lex.cue_for(tokens[j].text, tokens[j].lemma) is not None and
            not (lex.language in ("ru", "uk") and _infinitive(p, lex, j))) or \
            tokens[j].text.lower() == "according":
        # (not a participle describing the content: "документы, подтверждающие …"; nor an
        # infinitive going on with it: "…, встановити особу можна лише за ДНК")
        return True
    if tokens[j].pos == "PRON" and tokens[j].text.lower() in lex.pronouns and tokens[j].case in ("nom", "") and \
            j + 1 < n and tokens[j + 1].pos == "VERB" and \
            lex.cue_for(tokens[j + 1].text, tokens[j + 1].lemma) is not None:
        return True  # ", он подчеркнул необходимость …": a clause of its own, its speaker's next cue
    joined = tokens[j].pos == "CCONJ"  # ", and several users claimed that …": a clause of its own
    if joined:
        j += 1
        q = j  # (past its auxiliary and negation: ", but did not say whether …", ", но не уточнил";
        # not after a conjunction of purpose: ", чтобы не допустить …")
        if tokens[j - 1].text.lower() not in lex.words("purpose") | lex.words("subordinator"):
            while q < n and q - j < 3 and (tokens[q].pos == "AUX" or tokens[q].text.lower() in lex.words("negation")):
                q += 1
        if q < n and tokens[q].pos == "VERB" and lex.cue_for(tokens[q].text, tokens[q].lemma) is not None:
            return True  # ", і спростував чутки …": the speaker's next cue
    m = j
    # (a dash before a clause of its own, in Russian and Ukrainian: English has an
    # apposition to the words there, "— something a caller also told police")
    dash = _is_dash(tokens[k].text) and lex.language in ("ru", "uk")
    while m < n and m - j < 6 and (tokens[m].pos in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or (
            m > j and (tokens[m].pos == "ADV" or tokens[m].text.lower() in lex.words("negation")))
            or (dash and m == j and tokens[m].pos == "PRON" and tokens[m].case in ("nom", ""))):
        m += 1  # (and the adverbs and negation before the cue: ", Минобороны эту информацию пока не подтверждало.")
    entry = lex.cue_for(tokens[m].text, tokens[m].lemma) if j < m < n else None
    if entry is None or ("animate" in entry.tags and _short_passive(lex, tokens[m])):
        return False  # (nor a passive of a verb only the living speak with: ", разлива не допущено")
    if dash and tokens[m].pos == "VERB" and any(tokens[i].case in ("nom", "") for i in range(j, m)
                                                if tokens[i].pos in ("NOUN", "PROPN", "PRON")):
        return True  # "требуют отставки — они обвиняют его в …": after a dash, a clause of its own
    if joined:
        return m + 1 < n and (tokens[m + 1].text.lower() in CLAUSE_MARKS or tokens[m + 1].text in (",", ":"))
    return all(t.pos == "PUNCT" for t in tokens[m + 1:])


def _extend_left(p: Parsed, idx: list[int]) -> list[int]:
    """Take in name and title words a parse left outside the subject ("Local outlet
    Pryvillia Today writes": the parser's subject is "Today")."""
    tokens = p.tokens
    if not idx:
        return idx
    k = idx[0] - 1
    out = list(idx)
    while k >= 0 and tokens[k].pos in ("PROPN", "NOUN", "ADJ") and tokens[k].dep not in SUBJECTS \
            and tokens[k].dep not in _ADDRESSEE and tokens[k].case not in ("dat", "ins"):
        # the addressee is not the source: "заявил агентству Reuters представитель X"
        if p.has_deps and (tokens[k].case or tokens[k].dep == "nmod") and 0 <= tokens[k].head < k and \
                tokens[tokens[k].head].pos in ("NOUN", "NUM") and tokens[tokens[k].head].case not in ("", "nom"):
            # the end of a time or place before it: "В ноябре 2024 года (ГУ МВД …)", "на
            # саммите БРИКС (Лукашенко …)" (an acronym that does not decline has no case)
            break
        out.insert(0, k)
        k -= 1
    return out


def _without_label(p: Parsed, lex: Lexicon, idx: list[int]) -> list[int]:
    """A content without the label that opens its line ("BREAKING: Explosions reported in
    Belgorod, local officials say", "Срочно: …")."""
    tokens = p.tokens
    colon = next((n for n, i in enumerate(idx[:4]) if tokens[i].text == ":"), None)
    if colon and all(tokens[i].pos in ("PUNCT", "SYM", "X") or tokens[i].text.lower() in lex.labels
                     for i in idx[:colon]):
        return _trim(p, idx[colon + 1:])
    return idx


def _without_topic_opening(p: Parsed, lex: Lexicon, idx: list[int], cue: int) -> list[int]:
    """What an inverted cue says after "о том, что" (role ``topic_clause``): "(Ранее) о том,
    что X, писал «Коммерсант»" says X."""
    tokens = p.tokens
    if not idx or idx[-1] > cue:
        return idx
    words = [(i, tokens[i].text.lower()) for i in idx if tokens[i].pos != "PUNCT"]
    while words and tokens[words[0][0]].pos == "ADV":
        words = words[1:]  # "Ранее", "Накануне"
    size = _topic_clause_size(lex, [w for _, w in words])
    if size and len(words) > size:
        return _trim(p, [i for i in idx if i > words[size - 1][0]])
    return idx


def _drop_apposed_statement(p: Parsed, lex: Lexicon, idx: list[int]) -> list[int]:
    """"… of the centers’ locations—a claim that has since been corroborated …": what
    follows a dash or a comma and names the content as a statement, set beside it, is
    commentary, not the claim ("…, a claim denied by Kyiv"). Not any noun after a dash:
    "that was a really — a really outrageous tweet" and "a cruel — a truly cruel strike" go
    on."""
    tokens = p.tokens
    for n, i in enumerate(idx):
        if (_is_dash(tokens[i].text) or tokens[i].text == ",") and n > 2 and n + 1 < len(idx) and \
                tokens[idx[n + 1]].pos == "DET":
            noun = next((tokens[k] for k in idx[n + 2:] if tokens[k].pos == "NOUN"), None)
            if noun is None or (p.has_deps and noun.dep not in ("appos", "dep", "npadvmod", "parataxis")
                                and noun.head in idx):
                continue  # the parse has the noun in the clause: "that was a … tweet"
            if _names_a_statement(noun, lex):
                return _trim(p, idx[:n])
    return idx


def _participial_tail(p: Parsed, lex: Lexicon, idx: list[int]) -> list[int]:
    """A comma-separated participle after the content still describes it: "what they
    claim are coordinates of RTCs, allegedly obtained from defectors"."""
    tokens = p.tokens
    if not idx or not p.has_deps:
        return idx
    k = idx[-1] + 1
    if k >= len(tokens) or tokens[k].text != ",":
        return idx
    j = k + 1
    while j < len(tokens) and tokens[j].pos == "ADV":
        j += 1
    if j < len(tokens) and tokens[j].pos == "VERB" and tokens[j].dep in ("acl", "advcl") and \
            lex.cue_for(tokens[j].text, tokens[j].lemma) is None:
        return _trim(p, idx + list(range(k, len(tokens))))
    return idx


def _with_name_after(p: Parsed, kids: list[int], source: list[int], v: int) -> list[int]:
    """A title's subject and the name right after it, which the parse made a second subject
    of the cue ("Глава МИД Лавров заявил", "Пресс-секретарь Кремля Песков заявил", "…,
    заявил зампред Совбеза РФ Медведев"): one source."""
    tokens = p.tokens
    if not source or min(source) < v <= max(source):
        return source
    inverted = min(source) > v  # (after an inverted cue too: "…, заявил зампред Совбеза РФ Медведев")
    name = next((k for k in kids if tokens[k].dep in SUBJECTS and max(source) < k and (k < v or inverted)), None)
    if inverted and (tokens[max(source)].pos not in ("NOUN", "PROPN") or (name is not None and (
            tokens[name].ent == "ORG" or tokens[name].text.isascii()))):
        return source  # (not a pronoun and whom he told: "рассказал он Bloomberg")
    if name is None or not (tokens[name].ent in ("PER", "ORG") or tokens[name].name or (
            tokens[name].pos == "PROPN" and tokens[name].case == "" and tokens[name].text[1:].islower())):
        return source  # (a name, or a capitalised word the dictionary does not know: "Силуанов")
    span = _source_subtree(p, name)
    if min(span) != max(source) + 1 or any(tokens[i].pos == "PUNCT" for i in span):
        return source  # (not a headline's label: "New York Post: Трамп и Байден говорили")
    return sorted({*source, *span})


def _inherited_subject(p: Parsed, lex: Lexicon, v: int) -> list[int]:
    """A coordinated or participial cue shares the subject of its head:
    "опроверг … и заявил", "others claiming", "officials accusing"."""
    tokens = p.tokens
    t = tokens[v]
    doer = _noun_before_participle(p, lex, v) if lex.language == "en" else []
    if doer:
        return doer
    if t.dep in ("conj", "advcl", "xcomp") and t.head != v and tokens[t.head].pos in ("VERB", "AUX"):
        # "… and said", "…, saying that …", "…, adding …": the subject of the main verb (not
        # a word of the quotation it introduces: '“Not a single drone …,” X said, dismissing …')
        quoted = _spoken(p, quoted_tokens(p, begun_before=True))
        head = _speaker_goes_on(p, lex, v)
        if head is None:
            head = t.head
            if v and tokens[v - 1].text == "," and _verb_cue(p, lex, head) is None and head < v:
                # "Analysts said geopolitical factors have contributed to …, citing …", "Министр
                # заявил, что цены выросли, подчеркнув …": the parse hung the participle on
                # what the cue before says; the cue's speaker
                head = _cue_above(p, lex, head, v) or next(
                    (k for k in _speaking_cues_before(p, lex, head)
                     if any(tokens[i].text.lower() in CLAUSE_MARKS for i in range(k + 1, head))), head)
        if head > v and any(tokens[k].text.lower() in CLAUSE_MARKS for k in range(v + 1, head)):
            # the parse hung the participle on the verb of what it introduces ("…», подчеркнув,
            # что ради этого Россия пустит …"): its speaker is the subject of the cue before it
            head = next((k for k in _speaking_cues_before(p, lex, v) if k not in quoted), head)
            if head > v:
                return []
        if head in quoted:
            # the parse hung the participle on the quotation's verb: its speaker's cue is
            # set beside that verb ('“…,” X said, dismissing …')
            head = next((k for k in p.children(head) if tokens[k].dep == "parataxis" and k not in quoted), head)
        subjects = [k for k in p.children(head)
                    if tokens[k].dep in SUBJECTS and tokens[k].text.lower() not in ("it", "there")]
        if lex.language in ("ru", "uk") and t.gender == "m":
            # a past tense agrees with its subject: "Девочка упиралась, но парень … и обещал"
            # (the parse joined "обещал" to her verb) is not hers (a masculine title or name
            # may stand for a woman, "Губернатор … рассказала", not the other way round)
            subjects = [k for k in subjects if tokens[k].gender != "f" or tokens[k].pos == "PROPN"]
        for k in sorted(subjects, key=lambda k: k in quoted):
            return _extend_left(p, _source_subtree(p, k))
    if t.dep in ("acl", "advcl", "pcomp") and t.head != v and tokens[t.head].pos in ("NOUN", "PROPN", "PRON"):
        return [t.head]
    return []


def _noun_before_participle(p: Parsed, lex: Lexicon, v: int) -> list[int]:
    """English: the noun right before a participle cue, when it is the one doing it: one shown
    in a recording ("footage of Hillary Clinton asking, …", "videos of soldiers saying …"),
    or the object of the verb before ("… left many NATO members feeling that …", when the
    object may name someone: not "left the meeting saying …"); or []."""
    tokens = p.tokens
    t = tokens[v]
    shown = tokens[v - 1] if v else None
    if t.text.lower().endswith("ing") and shown and shown.pos in ("NOUN", "PROPN") and shown.dep == "pobj" and \
            tokens[shown.head].text.lower() == "of" and \
            tokens[tokens[shown.head].head].lemma.lower() in lex.words("recording"):
        return _extend_left(p, _source_subtree(p, v - 1))
    objects = [k for k in p.children(t.head) if tokens[k].dep in OBJECTS and k < v] \
        if t.dep in ("xcomp", "advcl") and t.head != v else []
    if objects and max(p.subtree(objects[-1])) == v - 1 and (
            t.dep == "xcomp" or tokens[objects[-1]].gender == "pl" or _may_speak(tokens[objects[-1]], lex)):
        return _source_subtree(p, objects[-1])
    return []


def _speaking_cues_before(p: Parsed, lex: Lexicon, v: int) -> Iterator[int]:
    """The cue verbs with a subject of their own before token ``v``, nearest first."""
    tokens = p.tokens
    return (k for k in range(v - 1, -1, -1)
            if _verb_cue(p, lex, k) is not None and any(tokens[c].dep in SUBJECTS for c in p.children(k)))


def _cue_above(p: Parsed, lex: Lexicon, k: int, v: int) -> int | None:
    """The cue verb with a subject of its own whose clausal complement token ``k`` heads, if
    any ("said [geopolitical factors have contributed]"), not the participle ``v`` itself."""
    tokens = p.tokens
    for _ in range(4):  # (bounded: a parse may contain a cycle)
        if tokens[k].dep not in ("ccomp", "xcomp", "conj") or tokens[k].head in (k, v):
            return None
        k = tokens[k].head
        if _verb_cue(p, lex, k) is not None and any(tokens[c].dep in SUBJECTS for c in p.children(k)):
            return k
    return None


def _before_next_cue(p: Parsed, lex: Lexicon, att: Attribution) -> list[int]:
    """A content ends where its speaker's next cue begins ("сказал, что A, и назвал B
    фейком": A; "said A and denied B": A), or the next thing the speaker did ("praised A
    but also had to …": A), with the conjunction and comma before it."""
    if not att.content or not p.has_deps or max(att.content) < att.cue_tokens[0]:
        # (all before an inverted cue is what it says: "A, and B could not be determined, they said")
        return att.content
    tokens = p.tokens
    v = att.cue_tokens[0]
    nexts = [c for c in att.content if c > min(att.content) and ((tokens[c].dep == "conj" and (
             (_verb_cue(p, lex, c) is not None and _speaker_goes_on(p, lex, c) == v) or _next_predicate(p, v, c)
             or _another_speaker(p, lex, c))) or _participle_going_on(p, lex, c))]
    if not nexts:
        return att.content
    # from the conjunction before it, with the words between that are the cue's ("… and
    # repeatedly says", "и в деталях рассказал", "and when pressed, the mother replied")
    cue, end = nexts[0], nexts[0]
    own = set(p.subtree(cue))
    conjunction = next((k for k in range(cue - 1, max(min(att.content), min(cue, min(own)) - 6), -1)
                        if tokens[k].pos == "CCONJ"), None)
    if conjunction is not None and all(k in own or tokens[k].pos in ("ADV", "PART")
                                       for k in range(conjunction + 1, cue)):
        end = conjunction
    while end > min(att.content) and (tokens[end - 1].pos == "CCONJ" or tokens[end - 1].text in (",", ";")):
        end -= 1
    kept = _trim(p, [i for i in att.content if i < end])
    if not any(tokens[i].pos in ("NOUN", "PROPN", "PRON", "VERB", "NUM", "ADJ") for i in kept):
        return att.content  # nothing said before it ("agreed but also contended that …")
    return kept


def _before_own_cue_by_order(p: Parsed, att: Attribution, found: list[Attribution]) -> list[int]:
    """Without a parse, a content ends at the comma and conjunction before its speaker's next
    cue and what that cue takes ("наголосив, що A, а заяви X назвав «брехнею»": A), as
    ``_before_next_cue`` ends it by the parse."""
    if p.has_deps or not att.content:
        return att.content
    tokens = p.tokens
    later = [o for o in found if o is not att and o.source == att.source and o.cue_tokens[0] in att.content]
    if not later:
        return att.content
    begins = min([later[0].cue_tokens[0], *later[0].content])
    cut = next((k for k in range(begins - 1, att.content[0] + 1, -1)
                if tokens[k].pos == "CCONJ" and tokens[k - 1].text == ","), None)
    return att.content if cut is None else _trim(p, [i for i in att.content if i < cut - 1])


def _participle_going_on(p: Parsed, lex: Lexicon, c: int) -> bool:
    """Whether token ``c`` is a cue participle after a comma with no subject of its own, which
    the parse hung on what was said: the speaker's next act, not more of his words
    ("заявил, что цены выросли, подчеркнув, что …")."""
    tokens = p.tokens
    # (after the verb it hangs on: not an aside about the subject before it, "НАТО, заявляя
    # о …, отбросил все приличия")
    return tokens[c].dep == "advcl" and 0 < tokens[c].head < c and tokens[c - 1].text == "," and \
        _verb_cue(p, lex, c) is not None and c not in quoted_tokens(p) and \
        not any(tokens[k].dep in SUBJECTS for k in p.children(c))


def _another_speaker(p: Parsed, lex: Lexicon, c: int) -> bool:
    """Whether a coordinated cue after a comma and a conjunction has a named subject of its
    own: another attribution the parse joined to what was said ("She said A, and when
    pressed, the mother of three replied, …"), not more of it (not "said that A, and that
    the proposals did not purport …", "noted that A, and some speculated …", nor a
    quotation: '“A, and he really believes B,” X said')."""
    tokens = p.tokens
    first = min(p.subtree(c))
    if first < 2 or tokens[first - 1].pos != "CCONJ" or tokens[first - 2].text != "," or \
            _verb_cue(p, lex, c) is None or c in quoted_tokens(p):
        return False
    kids = p.children(c)
    return not any(tokens[k].dep == "mark" for k in kids) and \
        any(tokens[k].dep in SUBJECTS and tokens[k].pos in ("NOUN", "PROPN") for k in kids)


def _next_predicate(p: Parsed, v: int, c: int) -> bool:
    """Whether a verb coordinated with the cue itself, with no subject or auxiliary of its
    own, is the speaker's next deed, not what was said ("praised the work but also had to
    give him more time"). English only: natasha's parse joins the verb of what was said to
    the cue as often ("заявила, сумма оказалась …")."""
    tokens = p.tokens
    if p.sentence.language != "en":
        return False
    if tokens[c].text.lower() == tokens[c].lemma and tokens[v].text.lower() != tokens[v].lemma:
        return False  # an infinitive goes with the one before it: "agreed to share A and rely on B"
    return tokens[c].head == v and c != v and tokens[c].pos == "VERB" and not any(
        tokens[k].dep in SUBJECTS or tokens[k].dep in ("aux", "auxpass", "aux:pass") for k in p.children(c))


def _speaker_goes_on(p: Parsed, lex: Lexicon, v: int) -> int | None:
    """The cue whose speaker a coordinated cue at ``v`` goes on speaking for, when it has no
    subject of its own: "Песков сказал, что …, и назвал эти сообщения фейком" (the parse
    joins the two cues); "The governor said two drones were shot down and denied reports of
    damage" (the parse joins the denial to what he said, whose subject, the drones, can
    speak for no one). None when the cue is not such a second cue."""
    tokens = p.tokens
    t = tokens[v]
    if not p.has_deps or t.dep != "conj" or t.head == v or \
            any(tokens[k].dep in SUBJECTS or tokens[k].dep in ("aux", "auxpass", "aux:pass") for k in p.children(v)):
        return None  # (nor a verb with its own auxiliary: "says it would depress …, but would add $84 billion")
    if _short_passive(lex, t):
        return None  # "сообщал о 457, сейчас цифра уточнена до 868": what was done, by no one named
    head = t.head
    if _verb_cue(p, lex, head) is not None:
        if lex.language in ("ru", "uk") and t.gender and tokens[head].gender and t.gender != tokens[head].gender:
            return None  # a verb of another number or gender has a speaker of its own
        return head
    outer = tokens[head].head
    if tokens[head].dep != "ccomp" or outer in (head, v) or _verb_cue(p, lex, outer) is None:
        return None  # (a parse may hang the cue's own clause on it: a cycle)
    subjects = [k for k in p.children(head) if tokens[k].dep in SUBJECTS]
    if any(_may_speak(tokens[k], lex) for k in subjects):
        return None  # "said the minister had resigned and denied …": the minister may have
    # (a pronoun there is most often the speaker himself: "Rendell said he had battled
    # pneumonia and called it a common ailment")
    return outer


def _may_speak(t: Token, lex: Lexicon) -> bool:
    """Whether the head word of a subject can name someone other than the speaker who
    speaks: a name, a word of the source lexicons or a title."""
    return t.text.lower() not in lex.pronouns and (
        t.ent in ("PER", "ORG", "NORP", "LOC") or t.name or t.pos == "PROPN" or _source_word(t, lex))


def _clause(p: Parsed, k: int, exclude: list[int]) -> list[int]:
    return [i for i in p.subtree(k) if i not in exclude]


def _clause_root(p: Parsed, head: int) -> int:
    tokens = p.tokens
    # "The strikes, reported by …, targeted …": the participle hangs on the subject;
    # the claim is the whole clause of that subject's verb.
    for _ in range(len(tokens)):  # bounded: a parse may contain a cycle
        if tokens[head].dep == "root" or tokens[head].head in (head, -1) or tokens[head].pos == "VERB":
            break
        head = tokens[head].head
    return head


def _is_parenthetical(p: Parsed, v: int) -> bool:
    tokens = p.tokens
    if any(tokens[k].dep == "mark" and k < v for k in p.children(v)):
        return False  # a clause of its own: "…, though local channels posted videos"
    sub = p.subtree(v)
    # (spaCy may hang the commas around the cue on it: "The museum, X said, would …")
    words = [i for i in sub if tokens[i].pos != "PUNCT"]
    if words and words[0] > 0 and words[-1] + 1 < len(tokens) and \
            tokens[words[0] - 1].text == tokens[words[-1] + 1].text == ",":
        return True  # between commas inside the claim: "Эти удары, заявил губернатор, не остановят …"
    if p.sentence.language != "en":
        words = []
    first, last = (words or sub)[0], (words or sub)[-1]
    before = tokens[first - 1].text if first > 0 else ""
    after = tokens[last + 1].text if last + 1 < len(tokens) else ""
    # a dash typed as a hyphen is a token of its own ('"…", - добавил X'); the parser may
    # hang the punctuation before the cue on it
    opening = [tokens[i].text for i in sub if i < v]
    marks = (",", "—", "–", "-")
    return (before in (*marks, "(") or after in (",", "—", "–", ")") or first == 0
            or ("-" in opening and all(t in marks for t in opening)))


def _quotation_before(p: Parsed, at: int) -> list[int]:
    """The words of a quotation that opens the sentence and closes right before token
    ``at`` (a comma between them or none): '“Is it over?” he asked'."""
    tokens = p.tokens
    end = at - 1
    if end >= 0 and tokens[end].text == ",":
        end -= 1
    if end < 2 or tokens[end].text not in ("”", "»", '"', "’") or tokens[0].text not in OPENING or \
            not _ends_spoken(tokens, end):
        return []
    inside = list(range(1, end))
    if any(tokens[i].text in _QUOTES for i in inside):
        return []  # more than one quotation: not this reading
    while inside and tokens[inside[-1]].pos == "PUNCT":
        inside.pop()
    return inside


def _quote_after(p: Parsed, v: int) -> int | None:
    """The opening quote of '…said, “…”' after the cue (and its source, and where or when)."""
    tokens = p.tokens
    gloss = False  # '“A,” Tester said, referring to X, “B.”': a participle that glosses the words
    for k in range(v + 1, min(v + 16, len(tokens))):  # '"A," X told Capital Download on Friday, "but B"'
        if k >= v + 10 and not gloss:
            return None
        if tokens[k].text in OPENING and k > v + 1 and tokens[k - 1].text in (",", ":"):
            return k
        if tokens[k].text in _QUOTES:
            return None  # (a quotation between: 'called the senator a "nasty guy," an "anchor baby"')
        if tokens[k].pos == "VERB":
            if gloss or not (tokens[k - 1].text == "," and tokens[k].text.lower().endswith("ing")):
                return None
            gloss = True
    return None


def _colon_after(p: Parsed, v: int) -> int | None:
    for k in range(v + 1, min(v + 6, len(p.tokens))):
        if p.tokens[k].text == ":":
            return k
    return None


def _anaphoric(p: Parsed, lex: Lexicon, k: int) -> bool:
    # (what it is called is no part of what it points at: "dismissed that claim as lies")
    called = {i for c in p.children(k) if p.tokens[c].dep == "prep" and p.tokens[c].text.lower() == "as"
              for i in p.subtree(c)}
    return _points_back(p, lex, [i for i in p.subtree(k) if i not in called])


def _points_back(p: Parsed, lex: Lexicon, idx: list[int]) -> bool:
    """Whether a short phrase points back at what was said before ("these reports", "эти
    заявления"): the role ``anaphoric``, saying nothing of its own ("информацию о потере
    корабля" says what it denies)."""
    anaphoric = lex.words("anaphoric")
    tokens = [p.tokens[i] for i in idx]
    if len(idx) > 4 or not any(t.text.lower() in anaphoric for t in tokens):
        return False
    if any(t.pos in ("ADP", "PROPN", "NUM") for t in tokens):
        return False  # a complement, a name or a figure says what
    # a demonstrative points back whatever its noun ("эту версию"); an anaphoric noun alone
    # ("reports", "информацию") only without other nouns
    demonstrative = any(t.text.lower() in anaphoric and t.pos != "NOUN" for t in tokens)
    return demonstrative or all(t.text.lower() in anaphoric for t in tokens if t.pos == "NOUN")


def _has_case(p: Parsed, k: int, words: tuple[str, ...]) -> bool:
    return any(p.tokens[c].text.lower() in words for c in p.children(k))


def _spaced_hyphen(p: Parsed, k: int) -> bool:
    """A hyphen typed for a dash, with spaces around it ("…, - Генштаб")."""
    t = p.tokens[k]
    return t.text == "-" and p.text[t.start - 1:t.start].isspace() and p.text[t.end:t.end + 1].isspace()


def _is_dash(text: str) -> bool:
    return text in _DASHES and text != "-"


def _is_opener(p: Parsed, i: int, first: int) -> bool:
    """Sentence-initial connectives before a prepositional cue: "But according to …"."""
    return i == 0 and first <= 2 and p.tokens[i].pos in ("CCONJ", "ADV", "SCONJ")


def _is_subject(p: Parsed, k: int) -> bool:
    """A clause mark that the parse makes a subject: "he says that is not true"."""
    return p.has_deps and p.tokens[k].dep in SUBJECTS and p.tokens[k].pos == "PRON"


_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def _trim(p: Parsed, idx: list[int]) -> list[int]:
    """Drop punctuation, quotes and clause marks at both ends."""
    tokens = p.tokens
    junk = {"", ",", ".", ";", ":", "—", "–", "-", "(", ")", "!", "?", "…"} | _QUOTES
    if len(idx) > 2 and _CLOCK.fullmatch(tokens[idx[0]].text) and _is_dash(tokens[idx[1]].text):
        idx = idx[2:]  # a live blog's entry: "06:48 — A dam … was hit, the service said"
    # (spaCy keeps a run of spaces as a token of its own)
    while idx and (tokens[idx[0]].text.strip() in junk or (
            tokens[idx[0]].text.lower() in CLAUSE_MARKS and not _is_subject(p, idx[0]))):
        idx = idx[1:]
    while idx and tokens[idx[-1]].text.strip() in junk:
        if tokens[idx[-1]].text in (")", "]") and any(tokens[i].text in ("(", "[") for i in idx[1:]):
            break  # a closing bracket whose opening one is kept: "… in Bryansk (unconfirmed)"
        if _closes_kept_quotation(p, idx):
            break  # "… знищили «військовий склад пального»": the quotation it opened
        idx = idx[:-1]
    return idx


def closes_open_quotation(marks: list[str] | str, closing: str) -> bool:
    """Whether ``closing`` closes a quotation opened in ``marks`` (tokens or text) and not
    closed there."""
    if closing == '"':
        return marks.count('"') % 2 == 1
    openers = OPENED_BY.get(closing, "")
    return bool(openers) and sum(marks.count(o) for o in openers if o != closing) > marks.count(closing)


def _closes_kept_quotation(p: Parsed, idx: list[int]) -> bool:
    """Whether the last of ``idx`` closes a quotation that opened inside them after their
    first word (a quotation around all of them is stripped as a whole)."""
    tokens = p.tokens
    last = tokens[idx[-1]].text
    return last in OPENED_BY and closes_open_quotation([tokens[i].text for i in idx[1:-1]], last)


def _np_left(p: Parsed, lex: Lexicon, v: int) -> list[int]:
    """The noun phrase ending just before the cue (word order only)."""
    tokens = p.tokens
    out: list[int] = []
    k = v - 1
    while k >= 0:
        t = tokens[k]
        w = t.text.lower()
        name = _quoted_name_ending(p, lex, k)
        if name:
            out[:0] = name  # "Журналісти «Української правди» з'ясували"
            k = name[0] - 1
            continue
        sign = _call_sign_ending(p, lex, k)
        if sign and not out:
            k = sign[0] - 1  # "Військовий з позивним «Сокіл» розповів": the soldier, known by it
            continue
        opening = next((j for j in range(k - 1, max(-1, k - 5), -1) if tokens[j].text == "("), None) \
            if t.text == ")" and k > 0 else None
        if opening is not None and opening > 0 and all(tokens[j].text[:1].isalpha() for j in range(opening + 1, k)):
            out[:0] = list(range(opening, k + 1))  # an acronym in brackets: "Експерти Інституту … (ISW)"
            k = opening - 1
            continue
        if k == 0 and out and (t.pos == "ADV" or _says_when(t, lex)):
            break  # a sentence opened by when: "Сегодня в Кремле заявили", "Утром в бригаде заявили"
        if t.pos in _NP_POS or t.ent or (t.text[:1].isupper() and t.pos not in ("PUNCT", "VERB", "ADP", "CCONJ")) \
                or (t.text[:1].isdigit() and "-" in t.text):
            out.insert(0, k)  # (an ordinal with its ending too: "Боєць 3-ї бригади")
        elif t.pos == "ADP" and out and k > 0 and (tokens[k - 1].pos in ("NOUN", "PROPN") or tokens[k - 1].text in (
                "»", "”") or (
                tokens[k - 1].pos in ("PRON", "ADJ") and "anonymous" in (
                    lex.kind_of_word(tokens[k - 1].text.lower()), lex.kind_of_word(tokens[k - 1].lemma.lower())))):
            # "head of the administration", "Хтось у коментарях", "Знайома з Ковилового",
            # "Співрозмовник «Низовини» серед працівників"
            # (a listed word the dictionary reads as an adjective; not "он с тех пор")
            out.insert(0, k)
        elif out and (w in ("of", "the", "at", "in", "в", "у", "з") or (
                t.pos == "ADP" and k > 0 and tokens[k - 1].lemma == "один")):
            out.insert(0, k)  # (and "Один із очевидців")
        else:
            break
        k -= 1
    while out and tokens[out[0]].pos == "ADP":
        out = out[1:]
    if out and out[0] > 0 and tokens[out[0] - 1].text.lower() in lex.words("topic_mark"):
        return []  # "про катування розповідають близько 90% полонених": what they tell of, not who
    return out


def _np_right(p: Parsed, lex: Lexicon, v: int) -> list[int]:
    tokens = p.tokens
    out: list[int] = []
    k = _after_where(p, lex, v)
    # (up to another cue: "пише Reuters | з посиланням на джерела")
    phrases = {first for first, _, _ in _phrase_cues(p, lex) if first > v}
    while k < len(tokens) and k not in phrases:
        t = tokens[k]
        # "стверджують у ГУР", "заявили в Кремле": the institution, by where its people are
        # (its own: "повідомили в її пресслужбі")
        whose = k + 2 < len(tokens) and tokens[k + 1].text.lower() in lex.words("possessive") and \
            tokens[k + 2].pos == "NOUN"
        at = k == v + 1 and _by_place(p, lex, k, v) and k + 1 < len(tokens) and (
            tokens[k + 1].text[:1].isupper() or tokens[k + 1].pos in ("NOUN", "ADJ") or whose)
        named = _quoted_name(p, k)
        if named:
            out.extend(named)  # "пишет «РИА Новости»", "сообщает газета «Ведомости»"
            k = named[-1] + 1
            continue
        if at or t.pos in _NP_POS or t.ent or (t.text[:1].isupper() and t.pos != "PUNCT") or (t.pos == "ADP" and out):
            out.append(k)
        else:
            break
        k += 1
    while out and tokens[out[-1]].pos == "ADP":
        out.pop()
    return out


def _clause_end(p: Parsed, v: int) -> int:
    """Where what a cue says must end at the latest: the end of the sentence, or of the
    subordinate clause the cue is in ("Although a judge found that …, his decision was
    overturned": what the judge found ends at the comma)."""
    tokens = p.tokens
    head = tokens[v].head
    if p.has_deps and tokens[v].dep == "advcl" and v < head and any(tokens[k].dep == "mark" for k in p.children(v)):
        # (a clause before the one it depends on, of which the parse kept more than the cue,
        # set off by a comma)
        last = max(p.subtree(v))
        if last > v and last + 1 < len(tokens) and tokens[last + 1].text == ",":
            return last + 1
    return len(tokens)


def _mark_after(p: Parsed, v: int) -> int | None:
    """The "that"/"что" (or colon) opening what was said, past the addressee and time
    words after the cue ("told reporters on Friday that"), before any other verb."""
    tokens = p.tokens
    without = False  # past how it was said: "claimed without providing evidence that …"
    for k in range(v + 1, min(v + 8, len(tokens))):
        w = tokens[k].text.lower()
        if (w in CLAUSE_MARKS and tokens[k].dep != "det") or w == ":":
            return k  # (not "that" the parse reads as a determiner: "found that action unconstitutional")
        without = without or (w == "without" and k == v + 1)
        if tokens[k].pos == "VERB" and not (without and tokens[k].text.endswith("ing")):
            return None
        if w == ",":
            # "insists, most recently in an interview with ABC News, that …": past an aside
            # between commas that has no verb of its own
            close = next((j for j in range(k + 1, min(k + 20, len(tokens)))
                          if tokens[j].text in (",", ";", ":") or tokens[j].pos == "VERB"), None)
            if close is not None and tokens[close].text == "," and close + 1 < len(tokens) and \
                    tokens[close + 1].text.lower() in CLAUSE_MARKS:
                return close + 1
    return None


def _after_where(p: Parsed, lex: Lexicon, v: int) -> int:
    """Where the source starts after a Russian or Ukrainian cue: past where or when it was
    said ("сообщил в своем телеграм-канале губернатор", "повідомив у телеграмі голова
    ОВА", "заявил после подписания протокола председатель"). The preposition's noun and
    the oblique words after it are the place; the first noun in the nominative is the
    source. Without one, the source starts right after the cue."""
    tokens = p.tokens
    k = v + 1
    if lex.language not in ("ru", "uk") or k >= len(tokens) or tokens[k].pos != "ADP" or _by_place(p, lex, k, v):
        return k
    j = k + 1
    while j < len(tokens) and tokens[j].pos in ("ADJ", "DET", "NUM", "PRON"):
        j += 1  # "в своем", "в одном из"
    if j >= len(tokens) or tokens[j].pos not in ("NOUN", "PROPN"):
        return k
    j += 1  # the preposition's noun, whatever case the dictionary gives it ("в интервью")
    while j < len(tokens) and tokens[j].pos in ("ADJ", "DET", "NOUN", "PROPN", "NUM") and \
            tokens[j].case not in ("nom", ""):
        j += 1
    if j < len(tokens) and tokens[j].pos in ("NOUN", "PROPN", "ADJ") and tokens[j].case in ("nom", ""):
        return j
    return k


def _glued(tokens: list[Token], i: int) -> bool:
    """A dot or hyphen inside a word, no space either side ("Слідство.Інфо")."""
    return tokens[i].text in (".", "-") and 0 < i < len(tokens) - 1 and \
        tokens[i - 1].end == tokens[i].start and tokens[i].end == tokens[i + 1].start


def _call_sign_ending(p: Parsed, lex: Lexicon, k: int) -> list[int]:
    """"з позивним «Сокіл»", "с позывным «Сокол»" whose closing mark is token ``k``: how a
    soldier is known (role ``call_sign``), between who speaks and the cue; or []."""
    tokens = p.tokens
    j = _opening_before(tokens, k) if tokens[k].text in ("»", "”", '"', "“") else None
    if j is None or j < 2 or tokens[j - 1].lemma.lower() not in lex.words("call_sign") or \
            tokens[j - 2].pos != "ADP" or not _quoted_name(p, j, verbs=True):
        return []
    return list(range(j - 2, k + 1))


def _quoted_name_ending(p: Parsed, lex: Lexicon, k: int) -> list[int]:
    """A name in quotation marks whose closing mark is token ``k``, after the noun it names
    ("Журналісти «Української правди»", "фонду «Повернись живим»"), after "в"/"у" ("В
    «Газпроме» заявили") or opening its clause ("«Зов народа» писал"), or [] (not "после
    матча с турецким «Фенербахче» заявил")."""
    tokens = p.tokens
    j = _opening_before(tokens, k) if tokens[k].text in ("»", "”", '"', "“") else None
    if j is None:
        return []
    # (with a parse, after a noun in the nominative only: what is left to read by word order
    # there is rarely a subject - "Мем из мультфильма «Гуси-лебеди» признали …")
    after_noun = j > 0 and tokens[j - 1].pos == "NOUN" and (not p.has_deps or tokens[j - 1].case == "nom")
    at_institution = lex.words("at_institution")
    if not (after_noun or j == 0 or tokens[j - 1].pos in ("PUNCT", "CCONJ") or tokens[j - 1].text.lower() in
            at_institution or (j > 1 and (tokens[j - 1].pos == "NOUN" or is_acronym(tokens[j - 1])) and (
                tokens[j - 2].text.lower() in at_institution or (tokens[j - 2].pos == "NOUN" and
                                                                 tokens[j - 2].case == "nom")))):
        # (nor after a noun or an acronym and "в" or a noun in the nominative: "В компании
        # «Лукойл» сообщили", "В ООО «Лукойл» сообщили", "Сотрудники компании «Лукойл» сообщили")
        return []
    name = _quoted_name(p, j, verbs=after_noun)
    return name if name[-1:] == [k] else []


def _opening_before(tokens: list[Token], k: int) -> int | None:
    """The nearest opening mark a few tokens before token ``k`` (a short quoted name's)."""
    return next((j for j in range(k - 2, max(-1, k - 6), -1) if tokens[j].text in OPENING), None)


def _quoted_name(p: Parsed, k: int, verbs: bool = False) -> list[int]:
    """A name in quotation marks opening at ``k`` («РИА Новости», “Kyiv Independent”): its
    tokens with the marks, or [] when no short run of words closes there (with a verb in
    it only when ``verbs``: after the noun it names, «Повернись живим» is a fund)."""
    tokens = p.tokens
    close = _PAIRS.get(tokens[k].text)
    if close is None:
        return []
    for j in range(k + 1, min(k + 6, len(tokens))):
        if tokens[j].text == close:
            inner = range(k + 1, j)
            ok = j > k + 1 and tokens[k + 1].text[:1].isupper() and all(
                (tokens[i].pos != "PUNCT" or _glued(tokens, i)) and (verbs or tokens[i].pos != "VERB") for i in inner)
            return list(range(k, j + 1)) if ok else []
    return []


def _by_place(p: Parsed, lex: Lexicon, k: int, v: int) -> bool:
    """Whether token ``k`` is the "в"/"у" of an institution named by where its people are,
    for the cue at ``v``: only with the verb in the plural, of the unnamed ("заявили в
    Кремле"; "сообщил в соцсети журналист" says where)."""
    return p.tokens[k].text.lower() in lex.words("at_institution") and p.tokens[v].gender == "pl"


def _noun_after_adjectives(p: Parsed, k: int) -> bool:
    """Whether a noun stands at ``k`` or after adjectives from there ("в правоохранительных
    органах")."""
    while k < len(p.tokens) and p.tokens[k].pos == "ADJ":
        k += 1
    return k < len(p.tokens) and p.tokens[k].pos in ("NOUN", "PROPN")


def _about_this_after_comma(p: Parsed, lex: Lexicon, k: int) -> int | None:
    """Where "об этом" / "про це" begins after a comma or dash, right before the cue after
    token ``k`` ("У Києві пролунали вибухи, про це написав X") or before a short phrase of where
    or how it was said ("…, об этом в своём Telegram-канале сообщил губернатор"; not after
    another attribution, whose "this" is the sentence before: "Как сообщает агентство X, об
    этом на брифинге сказал Y"): its first token, or None."""
    tokens = p.tokens
    words = [t.text.lower() for t in tokens[:k + 1]]
    for start in range(k, max(0, k - 9), -1):
        if start < k and (tokens[start].pos in ("VERB", "AUX") or (
                tokens[start].pos == "PUNCT" and tokens[start].text not in "«»\"-")):
            return None
        n = next((n for n in (1, 2, 3) if " ".join(words[start:start + n]) in lex.words("about_this")), None)
        if n is None or tokens[start - 1].text not in (",", "—", "–", "-"):
            continue
        if start + n == k + 1:
            return start
        if start + n <= k and tokens[start + n].pos == "ADP":
            return None if any(_verb_cue(p, lex, i) is not None for i in range(start - 1)) else start
    return None


def _about_previous(p: Parsed, lex: Lexicon, v: int, entry: Cue) -> Attribution | None:
    """"Об этом сообщил губернатор X", "Про це пише Reuters": the cue and its source after
    "about this", whose words are the sentence before (``extra["previous"]``)."""
    tokens = p.tokens
    k = v - 1
    while k >= 0 and tokens[k].pos == "ADV":  # "Об этом также сообщил"
        k -= 1
    words = [t.text.lower() for t in tokens[:k + 1]]
    about = next((n for n in (1, 2, 3) if " ".join(words[:n]) in lex.words("about_this")), None)
    if about is not None and any(tokens[i].pos == "VERB" and tokens[i].dep not in ("amod", "acl")
                                 for i in range(about, k + 1)):
        return None  # "Об этом сообщил X, уточнив, что …": "about this" is the first verb's
    content: list[int] = []
    # (not whom it was told: "Об этом изданию рассказала …"; nor an outlet that does not
    # decline with who told it after the cue: "Об этом SHOT заявил глава Роскосмоса", "Об
    # этом РИА Новости сообщили в Роскосмосе")
    # (a name in quotation marks whose words may be in the dative is whom it was told too,
    # whatever case the dictionary reads first: "Про це «Південному рубежу» повідомило …")
    quoted = {i for i in range(about + 1, k + 1) if any(tokens[j].text in OPENING for j in range(about, i))} \
        if about is not None else set()
    told = about is not None and about <= k and (all(
        tokens[i].case == "dat" or (i in quoted and any("datv" in r for r in readings(tokens[i].text, lex.language)))
        for i in range(about, k + 1) if tokens[i].pos in ("NOUN", "PROPN", "PRON")) or (
        v + 1 < len(tokens) and (tokens[v + 1].pos in ("NOUN", "PROPN") or (
            _by_place(p, lex, v + 1, v) and _noun_after_adjectives(p, v + 2))) and
        lex.kind_of_word(" ".join(words[about:k + 1])) == "media"))
    if about is None:
        # "У Києві пролунали вибухи, про це написав X": what it is about is before the comma
        start = _about_this_after_comma(p, lex, k)
        if start is None:
            return _topic_first(p, lex, v, k)
        content = _trim(p, list(range(0, start - 1)))
        if not content:
            return None
    elif about <= k and tokens[about].pos != "ADP" and not told:
        # "Об этом избранный президент США написал в своей соцсети": the source before the
        # cue (where it was said is not: "Об этом в эфире телемарафона рассказал X")
        source = [i for i in range(about, k + 1) if tokens[i].pos != "PUNCT"]
        if not any(tokens[i].pos in ("NOUN", "PROPN", "PRON") for i in source):
            return None
        return Attribution(tokens[v].text, (v, v), _np_head_part(p, lex, source), [], entry=entry,
                           extra={"previous": True})
    phrases = [first for first, _, _ in _phrase_cues(p, lex) if first > v]
    subjects = [k for k in p.children(v) if k > v and tokens[k].dep in SUBJECTS] if p.has_deps else []
    # the parse's subject, past where it was said ("сообщил в соцсети журналист X"), or the
    # words after the cue
    source = _source_subtree(p, subjects[0]) if subjects else _np_right(p, lex, v)
    source = [i for i in source if not phrases or i < phrases[0]]  # "… Reuters | з посиланням на"
    source = _np_head_part(p, lex, _without_addressee(p, lex, source))
    if not source:
        return None
    if content:
        return Attribution(tokens[v].text, (v, v), source, content, entry=entry)
    return Attribution(tokens[v].text, (v, v), source, [], entry=entry, extra={"previous": True})


def _topic_first(p: Parsed, lex: Lexicon, v: int, k: int) -> Attribution | None:
    """"О гибели двух человек сообщил губернатор", "Про вибухи повідомив мер": a Russian or
    Ukrainian sentence that opens with what the cue is about (a ``topic_mark`` preposition
    and its noun phrase, up to the cue at ``v``, ``k`` its last word), the source after it."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or k < 1 or tokens[0].text.lower() not in lex.words("topic_mark"):
        return None
    topic = list(range(0, k + 1))
    if any(tokens[i].pos in ("VERB", "AUX", "PUNCT") for i in topic) or tokens[1].pos not in ("NOUN", "PROPN", "ADJ"):
        return None  # (a clause of its own, or "О том, …")
    while len(topic) > 2 and (tokens[topic[-1]].pos in ("ADV", "PART") or (
            tokens[topic[-1]].case == "dat" and tokens[topic[-2]].pos != "ADP")):
        topic = topic[:-1]  # (not whom it was told, "… изданию рассказала", nor "также")
    after = v + 1
    while after < len(tokens) and tokens[after].pos == "ADV":
        after += 1
    if after + 1 < len(tokens) and tokens[after].pos == "ADP" and not (
            _by_place(p, lex, after, v) and (tokens[after + 1].text[:1].isupper() or
                                             lex.kind_of_word(tokens[after + 1].lemma.lower()))):
        return None  # when or where, no one: "… рассказали во время съезда", "говорят в контексте …"
    source = _np_head_part(p, lex, _without_addressee(p, lex, _np_right(p, lex, v)))
    if not source or (max(source) + 1 < len(tokens) and _verb_cue(p, lex, max(source) + 1) is not None):
        return None  # (the words after the cue run into a cue of their own)
    return Attribution(tokens[v].text, (v, v), source, _trim(p, topic), entry=_verb_cue(p, lex, v))


def _without_dative_tail(p: Parsed, lex: Lexicon, idx: list[int], v: int) -> list[int]:
    """A Russian source right before its cue without whom it spoke to at its end, in the
    dative: "В пресс-службе завода нашему каналу заявили" is the press service."""
    tokens = p.tokens
    if lex.language != "ru" or not idx or idx[-1] + 1 != v:
        return idx  # (the parse's case: the Ukrainian dictionary reads a locative as a dative, "у бригаді")
    end = len(idx)
    while end > 1 and tokens[idx[end - 1]].case == "dat" and \
            tokens[idx[end - 1]].pos in ("NOUN", "PRON", "DET", "ADJ"):
        end -= 1
    rest = idx[:end]
    if end == len(idx) or tokens[rest[-1]].pos == "ADP" or \
            not any(tokens[i].pos in ("NOUN", "PROPN") and tokens[i].case != "dat" for i in rest):
        return idx  # (nor where: "джерело в розвідці" - a locative the dictionary may read as a dative)
    return rest


def _without_addressee(p: Parsed, lex: Lexicon, idx: list[int]) -> list[int]:
    """An outlet named right after a Russian or Ukrainian cue is whom the source spoke to:
    "рассказал РИА Новости житель", "сообщил SHOT командир взвода". The source is who
    follows it."""
    tokens = p.tokens
    if lex.language not in ("ru", "uk") or not idx or idx[0] == 0:
        return idx
    # the outlet's first word may be outside the span as parsed ("РИА | Новости житель")
    start = idx[0]
    while start > 0 and idx[0] - start < 2 and tokens[start - 1].text[:1].isupper() and \
            lex.cue_for(tokens[start - 1].text, tokens[start - 1].lemma) is None:
        start -= 1
    if start > 0 and tokens[start - 1].text in _PAIRS:
        start -= 1  # "«Суспільному» мешканка": the opening quote left outside the span
    cue = tokens[start - 1] if start > 0 else None
    if cue is None or lex.cue_for(cue.text, cue.lemma) is None:
        return idx
    words = list(range(start, idx[0])) + idx
    if lex.kind_of_word(" ".join(tokens[i].text.lower() for i in words)) == "media":
        return idx  # all of it is the outlet: "Fox News"
    quoted = _quoted_name(p, words[0])
    if quoted and quoted[-1] < words[-1]:
        # "розповіла «Суспільному» мешканка села": an outlet in quotation marks, by its
        # name or in the dative
        inside = quoted[1:-1]
        name = " ".join(tokens[i].text.lower() for i in inside)
        if lex.kind_of_word(name) == "media" or lex.kind_of_word(tokens[inside[0]].lemma) == "media" or \
                tokens[inside[0]].case == "dat":
            rest = [i for i in words if i > quoted[-1]]
            if any(tokens[i].pos in ("NOUN", "PROPN") for i in rest):
                return rest
    for size in (3, 2, 1):
        if len(words) <= size or size < idx[0] - start:
            continue
        name = " ".join(tokens[i].text.lower() for i in words[:size])
        # an outlet by its name ("РИА Новости"), or any in the dative ("изданию"): in the
        # nominative, "сообщает газета Helsingin Sanomat" names the source twice
        named = tokens[words[0]].text[:1].isupper() and lex.kind_of_word(name) == "media"
        if (named or (size == 1 and tokens[words[0]].case == "dat"
                      and lex.kind_of_word(tokens[words[0]].lemma) == "media")) and \
                not (tokens[words[size]].dep.startswith("flat") and tokens[words[size]].head in words[:size] and
                     tokens[words[size]].text.isascii()):
            # (not the first words of one name: "пишет Daily Mail")
            rest = words[size:]
            if any(tokens[i].pos in ("NOUN", "PROPN") for i in rest):
                return rest
    return idx


def _only_when_after(p: Parsed, lex: Lexicon, v: int) -> bool:
    """Whether the words after the cue at ``v`` say only when or where it spoke, no clause:
    up to the end or a comma that opens a subordinate clause ("said on Friday, after …")."""
    tokens = p.tokens
    k = v + 1
    if k < len(tokens) - 1 and tokens[k].pos != "ADP" and tokens[k].ent not in ("DATE", "TIME"):
        return False  # (an object: "In her book, X noted the clot's existence")
    while k < len(tokens) and tokens[k].text != "," and tokens[k].pos not in ("VERB", "AUX"):
        k += 1
    if k >= len(tokens) - 1:
        return k > v + 1 or k == len(tokens) - 1
    return tokens[k].text == "," and (
        tokens[k + 1].pos == "SCONJ" or tokens[k + 1].text.lower() in lex.words("time_mark"))


def _before_inverted(p: Parsed, v: int) -> list[int]:
    """"«Y», — заявил X" / "Y, said X": the content is what precedes the comma or dash."""
    tokens = p.tokens
    k = v - 1
    while k >= 0 and (tokens[k].text in (",", "—", "–", "-") or tokens[k].text in _QUOTES):
        k -= 1
    if k == v - 1:
        return []
    return _trim(p, list(range(0, k + 1)))


def _apposed_source(p: Parsed, lex: Lexicon, source: list[int], v: int) -> list[int] | None:
    """In English, a subject before its cue, then a title and a name each set off by commas
    right before the cue (in the subject, or the parse's second subject), after words with no
    title: the title and the name (``_titled_name_before``)."""
    tokens = p.tokens
    if lex.language != "en" or not source or max(source) >= v or tokens[v - 1].text != ",":
        return None
    opening = _comma_before(p, v - 1, min(source))
    titled = _titled_name_before(p, lex, opening, v - 1) if opening is not None else None
    if titled is None or titled[1] - 1 <= min(source) or any(
            lex.is_title(tokens[i].text) or tokens[i].ent == "PER" for i in source if i < titled[1] - 1):
        return None
    return titled[0]


def _titled_name_before(p: Parsed, lex: Lexicon, opening: int, before: int) -> tuple[list[int], int] | None:
    """A title then a name, each set off by commas, right before a cue at a sentence's end
    ("…, the region's governor, Vitalii Hrebeniuk, said"): the source's tokens and the
    comma that opens the title. None when the words between the last two commas are not
    a name, or those before them are not a short phrase with a title in it."""
    tokens = p.tokens
    name = list(range(opening + 1, before))
    # (a rank may be abbreviated: "Col. Andrii Lytvyn")
    if not 2 <= len(name) <= 5 or not all(tokens[i].pos == "PROPN" and (tokens[i].text[:1].isupper() or (
            tokens[i].text == "." and i > name[0])) for i in name) or not tokens[name[-1]].text[:1].isupper():
        return None
    title_open = _comma_before(p, opening, max(-1, opening - 10))
    if title_open is None or title_open < 2:
        return None
    title = list(range(title_open + 1, opening))
    if not title or any(tokens[i].pos in ("VERB", "AUX", "PUNCT") and tokens[i].text != "'s" for i in title) or \
            not any(lex.is_title(tokens[i].text) for i in title):
        return None
    return title + name, title_open + 1


def _described_as_a_body(p: Parsed, lex: Lexicon, source: list[int]) -> bool:
    """Whether an English source is followed by what it is, set off by commas, and that is a
    body ("Vartovi, a Ukrainian human rights group, …"): a name the NER may take for a
    person's."""
    tokens = p.tokens
    k = source[-1] + 1
    if lex.language != "en" or k >= len(tokens) or tokens[k].text != ",":
        return False
    closing = next((j for j in range(k + 2, min(k + 22, len(tokens))) if tokens[j].text == ","), None)
    if closing is None or not _what_it_is(p, k + 1, closing):
        return False
    return _body_head(p, lex, k, closing)


def _body_head(p: Parsed, lex: Lexicon, k: int, closing: int) -> bool:
    """Whether the English description between the comma at ``k`` and ``closing`` is headed
    by a body's word ("a Ukrainian human rights group")."""
    tokens = p.tokens
    # (its head: the last noun before a preposition, "a member of the committee" is a member)
    stop = next((j for j in range(k + 2, closing) if tokens[j].pos == "ADP" or tokens[j].dep in ("relcl", "nsubj") or
                 tokens[j].text.lower() in ("who", "whose", "which", "that")),
                closing)  # (or where a clause about it opens: "a research group that tracks …")
    head = next((j for j in range(stop - 1, k, -1) if tokens[j].pos in ("NOUN", "PROPN")), None)
    # (not a person's job the lexicons list as a body's word: "an analyst at the Cato Institute")
    return head is not None and lex.kind_of_word(tokens[head].lemma.lower()) in ("organization", "media") and \
        not lex.is_title(tokens[head].lemma.lower())


def _description_ending(p: Parsed, lex: Lexicon, source: list[int]) -> list[int]:
    """An English source's description set off by a comma that runs to the sentence's end
    ("…, according to Bridges Home, a Ukrainian charity that helps families."): its tokens."""
    tokens = p.tokens
    k = source[-1] + 1
    end = len(tokens)
    while end > k and tokens[end - 1].pos == "PUNCT":
        end -= 1
    if lex.language != "en" or k >= end or tokens[k].text != "," or not _what_it_is(p, k + 1, end):
        return []
    return list(range(k, len(tokens)))


def _name_then_description_before(p: Parsed, lex: Lexicon, opening: int, before: int) -> tuple[list[int], int] | None:
    """An English name, then what it is, each set off by commas, right before a cue at a
    sentence's end ("…, Storozha, a Ukrainian human rights group, said"): the name's tokens
    and the comma that opens it."""
    tokens = p.tokens
    if lex.language != "en" or not (_what_it_is(p, opening + 1, before) or _title_of(p, lex, opening + 1, before)):
        return None
    name_open = _comma_before(p, opening, max(-1, opening - 6))
    if name_open is None or name_open < 2:
        return None
    name = list(range(name_open + 1, opening))
    if not 1 <= len(name) <= 4 or not all(tokens[i].pos == "PROPN" and tokens[i].text[:1].isupper() for i in name):
        return None
    return name, name_open + 1


def _described_name(p: Parsed, idx: list[int]) -> list[int]:
    """A comma and an apposition that describes someone and ends with his name, up to the
    next comma or the span's end ("…, основатель Tron Джастин Сан,", "…, retired general
    Mark Jones,"): the name is who the source is. Not a name in another case or after a
    preposition, which is someone else ("…, друг Ивана Петрова,", "…, a friend of Mark
    Jones,"), nor one word, which may be too ("…, колишня дівчина Дурова,")."""
    tokens = p.tokens
    stop = next((n for n in range(1, len(idx)) if tokens[idx[n]].text == ","), len(idx))
    seg = idx[1:stop]
    if not 2 <= len(seg) <= 10 or seg != list(range(seg[0], seg[-1] + 1)) or (stop < len(idx) and stop != len(idx) - 1):
        return []
    run = 0
    while run < min(3, len(seg) - 1) and tokens[seg[-1 - run]].ent == "PER" and \
            tokens[seg[-1 - run]].text[:1].isupper():
        run += 1
    language = p.sentence.language
    oblique = language in ("ru", "uk") and any(
        tokens[i].case not in ("", "nom") and not any("nomn" in r for r in readings(tokens[i].text, language))
        for i in seg[len(seg) - run:])
    # (a first name and surname: one word may be whose the described person is, "…, колишня
    # дівчина Дурова,")
    if run < 2 or tokens[seg[-1 - run]].pos == "ADP" or oblique or any(
            tokens[i].pos == "PRON" or (tokens[i].pos == "VERB" and tokens[i].dep != "amod") for i in seg):
        return []
    return [idx[0], *seg]


def _bracketed_acronym_before_name(p: Parsed, idx: list[int]) -> bool:
    """Whether ``idx`` opens with an acronym in brackets followed by nothing but a person's
    name: "(РСПП) Виталий Манкевич", "(IAEA) Rafael Grossi"."""
    tokens = p.tokens
    if len(idx) < 5 or tokens[idx[2]].text != ")" or idx[2] != idx[0] + 2:
        return False
    acronym, name = tokens[idx[1]].text, idx[3:]
    return len(acronym) >= 2 and acronym.isalpha() and acronym.isupper() and 2 <= len(name) <= 3 and all(
        tokens[j].ent == "PER" and tokens[j].text[:1].isupper() for j in name) and \
        name == list(range(name[0], name[0] + len(name)))


def _np_head_part(p: Parsed, lex: Lexicon, idx: list[int]) -> list[int]:
    """Cut trailing modifiers off a source span at a comma or a relative pronoun."""
    tokens = p.tokens
    out = []
    inside = -1  # the closing bracket of an acronym passed over
    for n, i in enumerate(idx):
        if i <= inside:
            continue
        if tokens[i].text == "(" and _bracketed_acronym_before_name(p, idx[n:]):
            inside = next(j for j in idx[n:] if tokens[j].text == ")")
            continue  # "председатель Союза промышленников (РСПП) Виталий Манкевич": his name
        if (tokens[i].text in (",", "(") and not _quoted_comma(p, i)) or \
                tokens[i].text.lower() in ("who", "whose", "which", "который", "которая",
                                                                    "который", "який", "яка", "які"):
            name = []
            # (past what the name is: "Владелец сухогруза, греческая Aegean Meridian Shipping,")
            # (in English the NER's kinds of such a name are no help: left as it was)
            said_what = _past_what_a_name_is(p, lex, i + 1) - i - 1 if tokens[i].text == "," and \
                lex.language != "en" and not any(tokens[j].ent == "PER" or tokens[j].name for j in out) else 0
            for j in idx[n + 1 + said_what:]:
                if tokens[j].text == "-" and name and _glued(tokens, j) and j + 1 < len(tokens) and \
                        tokens[j + 1].text[:1].isupper():
                    name.append(j)  # (a name written with a hyphen: "Pivden-Trans")
                    continue
                # (a first name and surname the small English NER model calls ORG:
                # "the mayor of Kharkiv, Ihor Terekhov, said"; a company it calls a place)
                if not tokens[j].text[:1].isupper() or not (tokens[j].ent == "PER" or (
                        tokens[j].pos == "PROPN" and tokens[j].ent in ("ORG", "NORP", "GPE", "LOC", "FAC", ""))):
                    break
                name.append(j)
            rest = idx[n + 1 + said_what + len(name):]
            # (or one proper noun naming what a common noun described: "The depot's operator,
            # Naftotrans, said", whatever the NER calls it)
            named = name and (all(tokens[j].ent == "PER" for j in name) or 2 <= len(name) <= 3 or (
                len(name) == 1 and out and tokens[out[-1]].pos == "NOUN" and tokens[out[-1]].text.islower()))
            if tokens[i].text == "," and named and said_what and (not rest or tokens[rest[0]].text == ","):
                return name  # "Владелец сухогруза, греческая Aegean Meridian Shipping,": its name
            if tokens[i].text == "," and named and (not rest or tokens[rest[0]].text == ","):
                out += [i, *name]  # "Экс-дизайнер игры, Бен Хинчлифф, признался": his name
            elif tokens[i].text == "," and not name and not any(tokens[j].ent == "PER" or tokens[j].name for j in out):
                out += _described_name(p, idx[n:])  # "Криптомиллионер, основатель Tron Джастин Сан, заявил"
            break
        out.append(i)
    return _trim(p, out)
