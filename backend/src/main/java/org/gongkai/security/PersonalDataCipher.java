package org.gongkai.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import org.gongkai.common.GongkaiConfig;

/**
 * Encrypts personal identifiers (an applicant's ID number) for storage: AES-256-GCM with a random
 * nonce per value, the key from configuration. A stored value reads {@code v1:<base64 nonce+ciphertext>},
 * so a later key or algorithm can be told apart.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(GongkaiConfig config) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(config.personalData().key().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gongkai.personal-data.key must be base64 (32 bytes)", e);
        }
        if (raw.length != 32) {
            throw new IllegalStateException("gongkai.personal-data.key must be 32 bytes (AES-256), base64; it has " + raw.length);
        }
        this.key = new SecretKeySpec(raw, "AES");
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    public String decrypt(String stored) {
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("not a value this cipher wrote");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("decryption failed", e);
        }
    }

    /**
     * A short code derived from {@code message} with the key (HMAC-SHA256), in letters and digits that
     * cannot be mistaken for each other: the same message always gives the same code, nobody without
     * the key can compute it.
     */
    public String code(String message, int length) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            byte[] digest = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
            var out = new StringBuilder();
            for (int i = 0; i < length; i++) {
                out.append(alphabet.charAt((digest[i] & 0xFF) % alphabet.length()));
            }
            return out.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC failed", e);
        }
    }

    /** An identifier shown masked: its first and last characters, the rest hidden (e.g. 2****************X). */
    public static String mask(String plain) {
        if (plain.length() <= 4) {
            return "*".repeat(plain.length());
        }
        return plain.charAt(0) + "*".repeat(plain.length() - 2) + plain.charAt(plain.length() - 1);
    }
}
