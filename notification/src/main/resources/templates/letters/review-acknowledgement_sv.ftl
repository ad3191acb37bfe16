<#import "common.ftl" as c>
<#assign subject = "Vår klagomålsansvarige prövar ditt ärende">
<#assign summary = "Du har bett om en ny prövning av ärende ${caseReference}. Du får beslutet senast ${reviewDue}.">
# Vår klagomålsansvarige prövar ditt ärende

Hej ${recipient.name},

Du är inte nöjd med vårt svar i ärende ${caseReference} och har bett om en ny prövning. Det har du rätt till.

Vår klagomålsansvarige, ${agency.officerName}, går igenom hela ärendet på nytt. Det är inte samma person som handlade ärendet förut.

> Du får beslutet senast ${reviewDue}.

<@c.free/>

<@c.officer/>

<@c.signature/>
