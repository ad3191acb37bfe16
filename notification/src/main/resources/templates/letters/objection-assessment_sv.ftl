<#import "common.ftl" as c>
<#if substantive>
<#assign subject = "Vi utreder din invändning – indrivningen är fortsatt pausad">
<#assign summary = "Vi har frågat ${creditor} om din invändning i ärende ${caseReference}. Indrivningen är pausad under tiden.">
<#else>
<#assign subject = "Besked om din invändning">
<#assign summary = "Vi har gått igenom din invändning i ärende ${caseReference}. Här är vårt besked och skälen för det.">
</#if>
# Besked om din invändning

Hej ${recipient.name},

Vi har gått igenom din invändning mot fordran ${claimReference} från ${creditor} (ärende ${caseReference}).

<#if substantive>
Din invändning gäller om fordran är riktig. Därför har vi bett ${creditor} att svara på den<#if creditorPositionDue??> senast ${creditorPositionDue}</#if>.

> Indrivningen är fortsatt pausad. Du får inga påminnelser, krav eller nya avgifter medan frågan utreds.

Vi skriver till dig igen när vi har fått svar.
<#else>
## Vårt besked

${reason}

Det du har skrivit handlar inte om att fordran är fel, utan om möjligheten att betala. Därför fortsätter vi att driva in fordran.

> Kan du inte betala hela beloppet på en gång? Hör av dig till oss, så kan vi tillsammans hitta en avbetalningsplan som fungerar för dig.

Om du menar att fordran är fel, till exempel att du redan har betalat, berätta det för oss och skicka gärna med ett kvitto.
</#if>

<@c.free/>

<@c.officer/>

<@c.signature/>
