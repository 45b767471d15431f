namespace Pipeline.Core.Model;

/// <summary>Jenis kelamin, written L (laki-laki) or P (perempuan) in exports.</summary>
public enum Sex
{
    L,
    P,
}
