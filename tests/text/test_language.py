"""Which language a policy is in: the quick English check and py3langid agree.

The check (`language._plainly_english`) decides most English policies without
py3langid. Where it decides, the answer must be the one py3langid gives; other
languages and mixed text must go to py3langid."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fakes import ROOT, seed_paths
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.text import language
from summarizer.text.loading import load_policy

# Written for this test: one paragraph of a privacy policy in each language.
OTHER_LANGUAGES = {
    "de": (
        "Datenschutzerklärung. Wir nehmen den Schutz Ihrer persönlichen Daten sehr ernst. Wir "
        "erheben Ihre E-Mail-Adresse, Ihren Namen und Ihre IP-Adresse, wenn Sie sich bei "
        "unserem Dienst registrieren oder unsere Website besuchen. Diese Daten verwenden wir, "
        "um Ihnen unseren Dienst bereitzustellen, Ihre Anfragen zu beantworten und unsere "
        "Angebote zu verbessern. Wir geben Ihre Daten nur an Dienstleister weiter, die uns "
        "beim Betrieb der Website unterstützen, und verkaufen Ihre personenbezogenen Daten "
        "nicht. Sie haben das Recht auf Auskunft, Berichtigung, Löschung und Einschränkung "
        "der Verarbeitung Ihrer Daten sowie das Recht auf Datenübertragbarkeit. Wenden Sie "
        "sich dazu an unseren Datenschutzbeauftragten. Wir speichern Ihre Daten nur so lange, "
        "wie es für die genannten Zwecke erforderlich ist."
    ),
    "fr": (
        "Politique de confidentialité. Nous accordons une grande importance à la protection "
        "de vos données personnelles. Nous collectons votre adresse e-mail, votre nom et "
        "votre adresse IP lorsque vous créez un compte ou visitez notre site. Nous utilisons "
        "ces données pour fournir notre service, répondre à vos demandes et améliorer nos "
        "offres. Nous ne partageons vos données qu'avec des prestataires qui nous aident à "
        "exploiter le site, et nous ne vendons pas vos données personnelles. Vous disposez "
        "d'un droit d'accès, de rectification, d'effacement et de limitation du traitement de "
        "vos données, ainsi que d'un droit à la portabilité. Pour exercer ces droits, "
        "contactez notre délégué à la protection des données. Nous conservons vos données "
        "aussi longtemps que nécessaire aux finalités décrites."
    ),
    "es": (
        "Política de privacidad. Nos tomamos muy en serio la protección de sus datos "
        "personales. Recopilamos su dirección de correo electrónico, su nombre y su dirección "
        "IP cuando se registra en nuestro servicio o visita nuestro sitio web. Utilizamos "
        "estos datos para prestar nuestro servicio, responder a sus consultas y mejorar "
        "nuestras ofertas. Solo compartimos sus datos con proveedores que nos ayudan a operar "
        "el sitio y no vendemos sus datos personales. Usted tiene derecho de acceso, "
        "rectificación, supresión y limitación del tratamiento de sus datos, así como derecho "
        "a la portabilidad. Para ejercer estos derechos, póngase en contacto con nuestro "
        "delegado de protección de datos. Conservamos sus datos durante el tiempo necesario "
        "para los fines descritos."
    ),
    "nl": (
        "Privacyverklaring. Wij nemen de bescherming van uw persoonsgegevens zeer serieus. We "
        "verzamelen uw e-mailadres, uw naam en uw IP-adres wanneer u zich registreert voor "
        "onze dienst of onze website bezoekt. Wij gebruiken deze gegevens om onze dienst te "
        "leveren, uw vragen te beantwoorden en ons aanbod te verbeteren. We delen uw gegevens "
        "alleen met dienstverleners die ons helpen de website te beheren, en we verkopen uw "
        "persoonsgegevens niet. U heeft het recht op inzage, correctie, verwijdering en "
        "beperking van de verwerking van uw gegevens, en het recht op overdraagbaarheid. Neem "
        "hiervoor contact op met onze functionaris voor gegevensbescherming. Wij bewaren uw "
        "gegevens niet langer dan nodig is voor de genoemde doeleinden, of zolang de wet dat "
        "vereist."
    ),
    "it": (
        "Informativa sulla privacy. Prendiamo molto sul serio la protezione dei tuoi dati "
        "personali. Raccogliamo il tuo indirizzo email, il tuo nome e il tuo indirizzo IP "
        "quando ti registri al nostro servizio o visiti il nostro sito. Utilizziamo questi "
        "dati per fornire il nostro servizio, rispondere alle tue richieste e migliorare le "
        "nostre offerte. Condividiamo i tuoi dati solo con fornitori che ci aiutano a gestire "
        "il sito e non vendiamo i tuoi dati personali. Hai il diritto di accesso, rettifica, "
        "cancellazione e limitazione del trattamento dei tuoi dati, nonché il diritto alla "
        "portabilità. Per esercitare questi diritti, contatta il nostro responsabile della "
        "protezione dei dati. Conserviamo i tuoi dati per il tempo necessario alle finalità "
        "descritte."
    ),
    "pt": (
        "Política de privacidade. Levamos muito a sério a proteção dos seus dados pessoais. "
        "Coletamos o seu endereço de e-mail, o seu nome e o seu endereço IP quando você se "
        "cadastra no nosso serviço ou visita o nosso site. Usamos esses dados para prestar o "
        "nosso serviço, responder às suas solicitações e melhorar as nossas ofertas. "
        "Compartilhamos os seus dados apenas com prestadores que nos ajudam a operar o site e "
        "não vendemos os seus dados pessoais. Você tem o direito de acesso, correção, "
        "exclusão e limitação do tratamento dos seus dados, bem como o direito à "
        "portabilidade. Para exercer esses direitos, entre em contato com o nosso encarregado "
        "de proteção de dados. Guardamos os seus dados pelo tempo necessário para as "
        "finalidades descritas."
    ),
    "pl": (
        "Polityka prywatności. Bardzo poważnie traktujemy ochronę Twoich danych osobowych. "
        "Zbieramy Twój adres e-mail, imię i nazwisko oraz adres IP, gdy rejestrujesz się w "
        "naszym serwisie lub odwiedzasz naszą stronę. Wykorzystujemy te dane, aby świadczyć "
        "nasze usługi, odpowiadać na Twoje zapytania i ulepszać naszą ofertę. Udostępniamy "
        "Twoje dane wyłącznie dostawcom, którzy pomagają nam prowadzić stronę, i nie "
        "sprzedajemy Twoich danych osobowych. Masz prawo dostępu do danych, ich sprostowania, "
        "usunięcia i ograniczenia przetwarzania, a także prawo do przenoszenia danych. Aby "
        "skorzystać z tych praw, skontaktuj się z naszym inspektorem ochrony danych. "
        "Przechowujemy dane tak długo, jak to jest konieczne do opisanych celów."
    ),
    "sv": (
        "Integritetspolicy. Vi tar skyddet av dina personuppgifter på största allvar. Vi "
        "samlar in din e-postadress, ditt namn och din IP-adress när du registrerar dig för "
        "vår tjänst eller besöker vår webbplats. Vi använder dessa uppgifter för att "
        "tillhandahålla vår tjänst, svara på dina frågor och förbättra våra erbjudanden. Vi "
        "delar dina uppgifter endast med leverantörer som hjälper oss att driva webbplatsen, "
        "och vi säljer inte dina personuppgifter. Du har rätt till tillgång, rättelse, "
        "radering och begränsning av behandlingen av dina uppgifter samt rätt till "
        "dataportabilitet. Kontakta vårt dataskyddsombud för att utöva dessa rättigheter. Vi "
        "sparar dina uppgifter så länge det är nödvändigt för de ändamål som beskrivs."
    ),
}

BANNER = (
    "We use cookies to improve your experience. By continuing to use this site you agree to "
    "the use of cookies. Accept all. Manage settings. Read our privacy policy to learn how we "
    "use your information and what choices you have about it. "
)


def _english_inputs() -> list[Path]:
    dev = sorted((ROOT / "evals" / "dev").glob("policies/*"))
    pages = sorted((ROOT / "tests" / "data").glob("*.html"))
    return [*seed_paths(), *dev, *pages]


def _py3langid(text: str) -> str | None:
    code, confidence = language._identifier().classify(language._sample(text))
    return code if confidence >= language.MIN_CONFIDENCE else None


def test_where_the_quick_check_decides_py3langid_also_says_english() -> None:
    decided = 0
    for path in _english_inputs():
        text = load_policy(path).text
        if language._plainly_english(language._sample(text)):
            decided += 1
            assert _py3langid(text) == "en", path
    assert decided >= 0.8 * len(_english_inputs())  # it is the usual path, not a rare one


@pytest.mark.parametrize("code", sorted(OTHER_LANGUAGES))
def test_other_languages_go_to_py3langid(code: str) -> None:
    text = OTHER_LANGUAGES[code]
    assert not language._plainly_english(language._sample(text))
    guess = language.detect_language(text)
    assert guess is not None and guess.code == code and guess.confidence is not None


@pytest.mark.parametrize(
    "text",
    [
        BANNER * 2 + OTHER_LANGUAGES["de"] * 3,  # an English banner over a German policy
        (BANNER + OTHER_LANGUAGES["de"]) * 4,  # interleaved
        (BANNER * 3 + OTHER_LANGUAGES["de"]) * 3,  # mostly English words, German policy
    ],
    ids=["banner first", "interleaved", "english-heavy"],
)
def test_mixed_text_goes_to_py3langid(text: str) -> None:
    assert not language._plainly_english(language._sample(text))
    guess = language.detect_language(text)
    assert (guess.code if guess else None) == _py3langid(text)


@pytest.mark.parametrize(
    "text",
    ["See https://x.org/a_b and www.example.com (or **bold**) > quote | `code` [link]",
     "user at example dot com, no address here", "# Heading\n\n_emphasis_ and (brackets)"],
)  # fmt: skip
def test_without_an_at_sign_the_sample_is_cleaned_as_by_the_full_pattern(text: str) -> None:
    assert language._NOISE_BUT_EMAIL.sub(" ", text) == language._NOISE.sub(" ", text)


NOISE_PIECES = [
    "a@b.co",
    "(mail:a@b.co)",
    "**privacy@example.com**",
    "https://x.org/@team",
    "www.x.org/a@b",
    "user@",
    "@handle",
    "@",
    "[link](https://x.org)",
    "# Heading",
    "_x_",
    "word",
    " ",
    "\n",
    "\u00a0",  # a no-break space: a space to `\s` and to str.isspace alike
    "\u2003",
    "|",
    "`",
    "é",
    "http",  # a scheme's start without "://": no address (the markup-only path)
    "HTTPS://X.ORG",  # the pattern is case-sensitive: not an address either way
    "www",
    "ttp://",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(NOISE_PIECES), max_size=14))
def test_cleaning_address_runs_alone_equals_the_full_pattern(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert language._without_noise(text) == language._NOISE.sub(" ", text)


def test_every_space_the_pattern_sees_is_a_space_to_isspace() -> None:
    # The runs are cut where str.isspace says a space is: `\s` must say the same.
    every_char = "".join(map(chr, range(0x110000)))
    spaces = "".join(re.findall(r"\s", every_char))
    assert spaces == "".join(char for char in every_char if char.isspace())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_the_words_counted_are_the_runs_the_word_pattern_finds(text: str) -> None:
    assert language._words(text) == language._WORD.findall(text)


def test_ascii_words_are_split_at_every_character_the_word_pattern_skips() -> None:
    every_ascii = "".join(map(chr, range(128)))
    text = "".join(f"ab{char}c_1{char}{char}" for char in every_ascii)
    assert language._words(text) == language._WORD.findall(text)
    assert len(language._words(text)) > 128
