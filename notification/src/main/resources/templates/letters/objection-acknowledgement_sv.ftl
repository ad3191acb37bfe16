<#import "common.ftl" as c>
<#assign subject = "Vi har tagit emot din invändning – indrivningen är pausad">
<#assign summary = "Vi har registrerat din invändning ${caseReference} mot fordran ${claimReference}. Vi driver inte in fordran medan vi utreder.">
# Vi har tagit emot din invändning

Hej ${recipient.name},

Vi tog emot din invändning mot fordran ${claimReference} från ${creditor} den ${receivedDate}. Den har ärendenummer ${caseReference}.

<#if disputedAmount??>
> Vi har pausat indrivningen av den del du bestrider, ${disputedAmount}. Du får inga påminnelser, krav eller nya avgifter för den delen medan vi utreder.
<#else>
> Vi har pausat indrivningen av fordran. Du får inga påminnelser, krav eller nya avgifter medan vi utreder.
</#if>

## Vad händer nu?

- Vi går igenom din invändning och frågar ${creditor} vad de anser.
- Vi skriver till dig när vi vet mer, och senast ${responseDue}.
- Du behöver inte göra något mer just nu.

<@c.free/>

<@c.officer/>

<@c.sms/>

<@c.signature/>
