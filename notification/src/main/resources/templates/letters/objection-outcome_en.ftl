<#import "common.ftl" as c>
<#assign subject = "Answer from ${creditor} to your objection">
<#assign summary = "${creditor} has answered your objection in case ${caseReference}. Read what it means for you.">
# Answer to your objection

Dear ${recipient.name},

${creditor} has now answered your objection to claim ${claimReference} (case ${caseReference}).

<#switch outcome>
<#case "WITHDRAWN">
> ${creditor} has withdrawn the claim. You do not need to pay it, and we stop collecting it.
<#break>
<#case "ADJUSTED">
> ${creditor} has corrected the claim. Fees that should not have been charged are removed.

We continue to collect the corrected amount. You can see the new amount in Mina sidor.
<#break>
<#case "MAINTAINED">
> ${creditor} stands by the claim.

We will not apply to Kronofogden (the Enforcement Authority) for a payment order on a claim you have objected to. If ${creditor} wants to take it further, it must do so in court, where you can put your side.
<#break>
<#case "PARTIAL">
> ${creditor} stands by part of the claim. The part you dispute stays paused.

We only continue to collect the part you have not objected to. You can see the amounts in Mina sidor.
<#break>
</#switch>
<#if note??>

## Comment

${note}
</#if>

<@c.free/>

<@c.routes/>

<@c.signature/>
