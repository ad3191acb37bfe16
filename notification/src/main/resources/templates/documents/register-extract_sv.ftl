<#-- Registerutdraget (D29, GDPR artikel 15): allt vi har om den registrerade, i klartext. -->
<#assign subject = "Registerutdrag">
<#assign summary = subject>
<#assign types = {"COMPLAINT": "Klagomål", "OBJECTION": "Invändning"}>
<#assign statuses = {"RECEIVED": "mottaget", "REGISTERED": "mottaget", "ACKNOWLEDGED": "vi utreder", "INVESTIGATING": "vi utreder",
  "AWAITING_CREDITOR": "vi väntar på borgenärens svar", "RESPONDED": "besvarat", "RESOLVED_ON_CONTACT": "löst när du ringde",
  "ESCALATED": "klagomålsansvarig prövar det igen", "CLOSED": "avslutat", "WITHDRAWN": "tillbakadraget"}>
<#assign collection = {"ACTIVE": "indrivning pågår", "ON_HOLD": "indrivningen är pausad", "DISPUTED": "delvis pausad", "CLOSED": "avslutad"}>
# Registerutdrag: de uppgifter vi har om dig

Hej ${recipient.name},

Här är de personuppgifter vi har om dig den ${letterDate}. Du har rätt att få dem enligt dataskyddsförordningen (GDPR), artikel 15. Samma uppgifter finns som en fil (JSON) på Mina sidor.

## Om dig

- Namn: ${person.name}
- Personnummer: ${person.personnummer}
- Adress: <#if person.address??>${person.address}<#else>ingen adress</#if>
- E-post: <#if person.email??>${person.email}<#else>ingen e-postadress</#if>
- Aviseringar via e-post: <#if person.notices>ja<#else>nej</#if>
- Språk vi skriver till dig på: <#if person.language == "en">engelska<#else>svenska</#if>

## Dina fordringar

<#if claims?size == 0>
Vi har inga fordringar på dig.
<#else>
<#list claims as k>
- ${k.reference} från ${k.creditor}: kvar att betala ${k.balance}, ${collection[k.status]}
</#list>
</#if>

<#list cases as k>
## ${types[k.type]} ${k.reference}

- Mottaget: ${k.received}
- Status: ${statuses[k.status]}
- Fordran: ${k.claim}
- Det här skrev du: ${k.description}
<#if k.remedy??>
- Det här bad du om: ${k.remedy}
</#if>
<#list k.letters as l>
- Brev ${l}
</#list>
<#list k.messages as m>
- <#if m.fromDebtor>Du skrev<#else>Vi skrev</#if> ${m.at}: ${m.text}
</#list>
<#list k.documents as d>
- Dokument du skickade: ${d}
</#list>
<#list k.reviews as r>
- Du bad om en ny prövning ${r.requested}: ${r.reason}
</#list>
</#list>
<#if messages?size gt 0>
## Meddelanden som inte gäller ett ärende

<#list messages as m>
- <#if m.fromDebtor>Du skrev<#else>Vi skrev</#if> ${m.at}: ${m.text}
</#list>
</#if>

## Varför vi har uppgifterna

Vi har uppgifterna för att driva in fordringar åt våra uppdragsgivare och för att hantera dina klagomål och invändningar, som lagen kräver.

## Dina rättigheter

Är något fel kan du be oss rätta det. Du kan också klaga hos Integritetsskyddsmyndigheten (IMY). Har du frågor, ring oss på ${agency.phone} eller skriv till oss på Mina sidor.

Med vänliga hälsningar
${agency.name}
