<#-- The register extract (D29, GDPR Article 15): everything we hold about the person, in plain words. -->
<#assign subject = "Register extract">
<#assign summary = subject>
<#assign types = {"COMPLAINT": "Complaint", "OBJECTION": "Objection"}>
<#assign statuses = {"RECEIVED": "received", "REGISTERED": "received", "ACKNOWLEDGED": "we are looking into it", "INVESTIGATING": "we are looking into it",
  "AWAITING_CREDITOR": "we are waiting for the creditor's answer", "RESPONDED": "answered", "RESOLVED_ON_CONTACT": "solved when you called",
  "ESCALATED": "the complaints officer is looking at it again", "CLOSED": "finished", "WITHDRAWN": "withdrawn"}>
<#assign collection = {"ACTIVE": "being collected", "ON_HOLD": "collection is paused", "DISPUTED": "partly paused", "CLOSED": "closed"}>
# Register extract: the information we hold about you

Dear ${recipient.name},

This is the personal data we hold about you on ${letterDate}. You have the right to it under the General Data Protection Regulation (GDPR), Article 15. The same data is in a file (JSON) in My pages.

## About you

- Name: ${person.name}
- Personal identity number: ${person.personnummer}
- Address: <#if person.address??>${person.address}<#else>no address</#if>
- E-mail: <#if person.email??>${person.email}<#else>no e-mail address</#if>
- Notices by e-mail: <#if person.notices>yes<#else>no</#if>
- Language we write to you in: <#if person.language == "en">English<#else>Swedish</#if>

## Your claims

<#if claims?size == 0>
We hold no claims against you.
<#else>
<#list claims as k>
- ${k.reference} from ${k.creditor}: left to pay ${k.balance}, ${collection[k.status]}
</#list>
</#if>

<#list cases as k>
## ${types[k.type]} ${k.reference}

- Received: ${k.received}
- Where it stands: ${statuses[k.status]}
- Claim: ${k.claim}
- What you wrote: ${k.description}
<#if k.remedy??>
- What you asked for: ${k.remedy}
</#if>
<#list k.letters as l>
- Letter ${l}
</#list>
<#list k.messages as m>
- <#if m.fromDebtor>You wrote<#else>We wrote</#if> ${m.at}: ${m.text}
</#list>
<#list k.documents as d>
- Document you sent: ${d}
</#list>
<#list k.reviews as r>
- You asked for a new review ${r.requested}: ${r.reason}
</#list>
</#list>
<#if messages?size gt 0>
## Messages not about a case

<#list messages as m>
- <#if m.fromDebtor>You wrote<#else>We wrote</#if> ${m.at}: ${m.text}
</#list>
</#if>

## Why we hold this data

We hold it to collect claims for our clients and to handle your complaints and objections, as the law requires.

## Your rights

If something is wrong, you can ask us to correct it. You can also complain to the Swedish Authority for Privacy Protection (IMY). If you have questions, call us on ${agency.phone} or write to us in My pages.

Kind regards
${agency.name}
