namespace OffresEmploi.Sandbox.Corpus;

/// <summary>Indices of the contract codes the generator refers to by name.</summary>
internal sealed class ContractCodes(GeneratorModel model)
{
    public byte Cdi { get; } = (byte)model.TypeIndex("CDI");
    public byte Cdd { get; } = (byte)model.TypeIndex("CDD");
    public byte Mis { get; } = (byte)model.TypeIndex("MIS");
    public byte Sai { get; } = (byte)model.TypeIndex("SAI");
    public byte Ddi { get; } = (byte)model.TypeIndex("DDI");
    public byte Tti { get; } = (byte)model.TypeIndex("TTI");
    public byte Din { get; } = (byte)model.TypeIndex("DIN");
    public byte Lib { get; } = (byte)model.TypeIndex("LIB");
    public byte Cce { get; } = (byte)model.TypeIndex("CCE");
    public byte Fra { get; } = (byte)model.TypeIndex("FRA");
    public byte Rep { get; } = (byte)model.TypeIndex("REP");
    public byte E1 { get; } = (byte)model.NatureIndex("E1");
    public byte E2 { get; } = (byte)model.NatureIndex("E2");
    public byte Fs { get; } = (byte)model.NatureIndex("FS");
    public byte Ns { get; } = (byte)model.NatureIndex("NS");
    public byte I1 { get; } = (byte)model.NatureIndex("I1");
    public byte Cu { get; } = (byte)model.NatureIndex("CU");
    public byte Cc { get; } = (byte)model.NatureIndex("CC");
    public byte Ee { get; } = (byte)model.NatureIndex("EE");
    public byte Ci { get; } = (byte)model.NatureIndex("CI");
    public byte Ps { get; } = (byte)model.NatureIndex("PS");
    public int InterimNaf { get; } = model.Data.NafIndex["78.20Z"];

    public bool IsNonSalarie(byte type) => type == Lib || type == Cce || type == Fra || type == Rep;

    public bool HasDuration(byte type) => type == Cdd || type == Mis || type == Sai || type == Ddi || type == Tti;
}
