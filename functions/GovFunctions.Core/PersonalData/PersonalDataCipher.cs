using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace GovFunctions.Core.PersonalData;

/// <summary>
/// Field-level encryption of personal data at rest: AES-256-GCM with a fresh 96-bit nonce per value, the field's place
/// (case number and field name) as associated data so a value cannot be moved to another case or field, and the key's
/// id stored beside the ciphertext: <c>enc:{key id}:{base64(nonce ‖ ciphertext ‖ tag)}</c>. The newest key encrypts;
/// every key decrypts what it encrypted, so a rotation re-encrypts each value the next time it is written.
/// </summary>
public sealed class PersonalDataCipher
{
    private const string Prefix = "enc:";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly Dictionary<string, byte[]> _keys;
    private readonly string _currentId;

    /// <param name="keys">Every key, oldest first (32 bytes each); the last encrypts.</param>
    public PersonalDataCipher(IReadOnlyList<byte[]> keys)
    {
        if (keys.Count == 0 || keys.Any(k => k.Length != 32))
        {
            throw new ArgumentException("Personal data keys are 32 bytes, and there is at least one.", nameof(keys));
        }

        _keys = keys.ToDictionary(IdOf);
        _currentId = IdOf(keys[^1]);
    }

    /// <summary>A key's id: the first 8 bytes of its SHA-256, so ids do not depend on the order the store lists keys in.</summary>
    public static string IdOf(byte[] key) => Convert.ToHexStringLower(SHA256.HashData(key))[..16];

    public static bool IsProtected([NotNullWhen(true)] string? value) => value?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>The id of the key a stored value was encrypted with (null for a value stored in clear).</summary>
    public static string? KeyIdOf(string? value) => IsProtected(value) ? value[Prefix.Length..value.IndexOf(':', Prefix.Length)] : null;

    public bool Knows(string keyId) => _keys.ContainsKey(keyId);

    public string? Protect(string? clear, string place)
    {
        if (clear is null)
        {
            return null;
        }

        var plain = Encoding.UTF8.GetBytes(clear);
        var sealedValue = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys[_currentId], TagSize);
        aes.Encrypt(nonce, plain, sealedValue.AsSpan(NonceSize, plain.Length), sealedValue.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(place));
        return $"{Prefix}{_currentId}:{Convert.ToBase64String(sealedValue)}";
    }

    /// <summary>The clear value; a value stored before encryption (no prefix) is answered as it is and encrypted at its next write.</summary>
    /// <exception cref="KeyNotFoundException">The value names a key this cipher does not have.</exception>
    /// <exception cref="AuthenticationTagMismatchException">The value was changed, or moved from another place.</exception>
    public string? Unprotect(string? stored, string place)
    {
        if (!IsProtected(stored))
        {
            return stored;
        }

        var keyId = KeyIdOf(stored)!;
        if (!_keys.TryGetValue(keyId, out var key))
        {
            throw new KeyNotFoundException($"Personal data key {keyId} is not known.");
        }

        var sealedValue = Convert.FromBase64String(stored[(Prefix.Length + keyId.Length + 1)..]);
        var plainLength = sealedValue.Length - NonceSize - TagSize;
        var plain = new byte[plainLength];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedValue.AsSpan(0, NonceSize), sealedValue.AsSpan(NonceSize, plainLength), sealedValue.AsSpan(NonceSize + plainLength), plain, Encoding.UTF8.GetBytes(place));
        return Encoding.UTF8.GetString(plain);
    }
}
