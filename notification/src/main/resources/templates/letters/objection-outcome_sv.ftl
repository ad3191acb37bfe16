<#import "common.ftl" as c>
<#assign subject = "Svar från ${creditor} på din invändning">
<#assign summary = "${creditor} har svarat på din invändning i ärende ${caseReference}. Läs vad det betyder för dig.">
# Svar på din invändning

Hej ${recipient.name},

${creditor} har nu svarat på din invändning mot fordran ${claimReference} (ärende ${caseReference}).

<#switch outcome>
<#case "WITHDRAWN">
> ${creditor} har dragit tillbaka fordran. Du behöver inte betala den, och vi avslutar indrivningen.
<#break>
<#case "ADJUSTED">
> ${creditor} har rättat fordran. Avgifter som inte skulle ha tagits ut är borttagna.

Vi fortsätter att driva in det rättade beloppet. Du ser det nya beloppet i Mina sidor.
<#break>
<#case "MAINTAINED">
> ${creditor} står fast vid fordran.

Vi kommer inte att ansöka om betalningsföreläggande hos Kronofogden för en fordran som du har invänt mot. Om ${creditor} vill gå vidare måste det ske i domstol, där du får lägga fram din sak.
<#break>
<#case "PARTIAL">
> ${creditor} står fast vid en del av fordran. Den del du bestrider är fortsatt pausad.

Vi fortsätter bara att driva in den del som du inte har invänt mot. Du ser beloppen i Mina sidor.
<#break>
</#switch>
<#if note??>

## Kommentar

${note}
</#if>

<@c.free/>

<@c.routes/>

<@c.signature/>
