<#import "common.ftl" as c>
<#assign subject = "Confirmation of what we agreed">
<#assign summary = "Here is a written confirmation of how we resolved your case ${caseReference} when you contacted us.">
# Confirmation of what we agreed

Dear ${recipient.name},

Thank you for contacting us on ${receivedDate} about claim ${claimReference} from ${creditor}. We resolved the matter straight away. Here is a written confirmation, case number ${caseReference}.

## What we agreed

${resolutionNote}

<@c.free/>

If anything does not match what we agreed, please contact us. <@c.officer/>

<@c.routes/>

<@c.signature/>
